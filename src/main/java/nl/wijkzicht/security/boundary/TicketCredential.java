package nl.wijkzicht.security.boundary;

import jakarta.security.enterprise.credential.Credential;

/** A login that passed all its steps, as a credential for Jakarta Security (see LoginTickets). */
public final class TicketCredential implements Credential {

  private final String ticket;

  public TicketCredential(String ticket) {
    this.ticket = ticket;
  }

  public String ticket() {
    return ticket;
  }
}
