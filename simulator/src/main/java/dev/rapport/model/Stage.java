package dev.rapport.model;

/**
 * Where a consumer stands with one brand. Customers, members and advocates are "active" (they
 * buy); a consumer is active with at most one brand at a time.
 */
public enum Stage {
    UNAWARE, AWARE, CUSTOMER, MEMBER, ADVOCATE, LAPSED, DETRACTOR;

    static final byte UNAWARE_CODE = 0;
    static final byte AWARE_CODE = 1;
    static final byte CUSTOMER_CODE = 2;
    static final byte MEMBER_CODE = 3;
    static final byte ADVOCATE_CODE = 4;
    static final byte LAPSED_CODE = 5;
    static final byte DETRACTOR_CODE = 6;

    private static final Stage[] BY_CODE = values();

    public byte code() {
        return (byte) ordinal();
    }

    public static Stage of(byte code) {
        return BY_CODE[code];
    }

    static boolean active(byte code) {
        return code >= CUSTOMER_CODE && code <= ADVOCATE_CODE;
    }

    /** Has bought the brand at some point: active, lapsed or detractor. */
    static boolean experienced(byte code) {
        return code >= CUSTOMER_CODE;
    }
}
