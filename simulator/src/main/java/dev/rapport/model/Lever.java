package dev.rapport.model;

import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.Mechanisms;

/** The money levers a brand can fund in a tick; discounts are priced per purchase instead. */
enum Lever {
    ADVERTISING, PAID_REACH, VALUE_DELIVERY, COMMUNITY, ADVOCATE_PROGRAMME, LISTENING;

    static final int COUNT = values().length;

    static Lever of(LeverSpec.Money spec) {
        if (spec instanceof LeverSpec.Advertising) {
            return ADVERTISING;
        } else if (spec instanceof LeverSpec.PaidReach) {
            return PAID_REACH;
        } else if (spec instanceof LeverSpec.ValueDelivery) {
            return VALUE_DELIVERY;
        } else if (spec instanceof LeverSpec.Community) {
            return COMMUNITY;
        } else if (spec instanceof LeverSpec.AdvocateProgramme) {
            return ADVOCATE_PROGRAMME;
        }
        return LISTENING;
    }

    /** Whether the mechanism behind the lever is switched on; an off lever neither acts nor costs. */
    boolean enabledIn(Mechanisms m) {
        return switch (this) {
            case ADVERTISING -> m.advertising().enabled();
            case PAID_REACH -> m.paidReach().enabled();
            case VALUE_DELIVERY -> m.valueDelivery().enabled();
            case COMMUNITY -> m.community().enabled();
            case ADVOCATE_PROGRAMME -> m.advocateProgramme().enabled();
            case LISTENING -> m.listening().enabled();
        };
    }
}
