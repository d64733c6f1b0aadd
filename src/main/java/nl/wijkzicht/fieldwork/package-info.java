/**
 * Fieldwork during and after a visit: tracers (one frail older person's care network followed
 * through an area), interviews with pseudonymised respondents and their answers, and findings (a
 * rating per norm at visit, tracer or area level) with the providers concerned and the evidence
 * behind them.
 */
package nl.wijkzicht.fieldwork;
