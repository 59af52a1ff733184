package io.outloud.notify;

/**
 * Port: one HTML mail to a person, through the host's mail path (the address on their profile; a person without one
 * is skipped). The caller wrote the subject and the HTML in the person's language, every value escaped.
 */
public interface Mailer {
    void send(String recipientKey, String subject, String html);
}
