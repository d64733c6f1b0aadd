/**
 * Running Wijkzicht as more than one instance: access to Payara's data grid (Hazelcast) for what
 * must hold across the instances, the login throttle's counts
 * (nl.wijkzicht.security.control.GridThrottleStore) and scheduled jobs that run once per cluster
 * ({@link nl.wijkzicht.cluster.Grid#claimRun}). A single instance without a grid keeps both in its
 * own memory. See docs/deployment.md, "Cluster".
 */
package nl.wijkzicht.cluster;
