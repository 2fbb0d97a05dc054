package dev.rapport.model;

import dev.rapport.scenario.EventSpec;

/** A brand's crisis in progress, if any, and how much louder it makes the brand's detractors. */
final class CrisisState {
    /** The crisis in the news, or null. */
    EventSpec.Crisis event;
    /** Whether the brand's answer has landed. */
    boolean responded;
    double negativeVoiceMultiplier = 1.0;

    /** A crisis strikes: until the brand answers, its detractors talk as if it ignored them. */
    void strike(EventSpec.Crisis crisis) {
        event = crisis;
        responded = false;
        negativeVoiceMultiplier = crisis.responses().ignore().negativeTalk();
    }

    /** The crisis leaves the news. */
    void end() {
        negativeVoiceMultiplier = 1.0;
        event = null;
    }
}
