package dev.rapport.model;

/**
 * What brought a customer to their first purchase, attributed by drawing among the influences
 * in proportion to the rate each contributed ("earned versus bought").
 */
public enum Channel {
    ADVERTISING, DISCOUNT, REFERRAL, WORD_OF_MOUTH, ORGANIC;

    public byte code() {
        return (byte) ordinal();
    }
}
