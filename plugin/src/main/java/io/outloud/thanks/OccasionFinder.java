package io.outloud.thanks;

import java.util.Optional;

/**
 * Port: finds one kind of occasion for the current person. Empty when it does not exist or lies where the current person
 * may not look (a page they may not view), so a stranger cannot tell which.
 */
public interface OccasionFinder {
    Occasion occasion();

    /**
     * @param id      the offer's, feedback's, request's or match's number
     * @param partner for a pairing match of three: the username of the partner to thank (else ignored, may be null)
     */
    Optional<Helped> find(long id, String partner);
}
