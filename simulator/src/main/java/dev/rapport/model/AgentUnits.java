package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;
import dev.rapport.scenario.Scenario;

/**
 * How the simulated agents stand for the people of the market: each agent is
 * {@code market.size / population.size} people. Money stays real money: a lever that pays per
 * person (a delivery, a welcome, a response, a follower, an advocate's seat) pays that many people's
 * cost when it reaches one agent, and one agent's purchase is that many people's purchases. Counts
 * in the outputs are people. Without {@code market.size} an agent is one person and every figure
 * is exactly what it was before the market had a size.
 *
 * @param peoplePerAgent people each agent stands for (1 without {@code market.size})
 * @param deliveryCents  cost of one value delivery to one agent, in cents
 * @param responseCents  cost of answering one agent's criticism, in cents
 * @param welcomeCents   cost of welcoming one agent into the community, in cents
 * @param followerCents  cost of one agent as a paid follower, in cents
 */
record AgentUnits(double peoplePerAgent, long deliveryCents, long responseCents, long welcomeCents,
                  long followerCents) {

    static AgentUnits of(Scenario scenario) {
        Double market = scenario.market().size();
        double people = market == null ? 1.0 : market / scenario.population().size();
        Mechanisms mech = scenario.mechanisms();
        return new AgentUnits(people,
                cents(mech.valueDelivery().costPerContact(), people),
                cents(mech.listening().costPerResponse(), people),
                cents(mech.community().costPerWelcome(), people),
                cents(mech.paidReach().costPerFollower(), people));
    }

    /** What a per-person amount of money comes to for one agent, in whole cents (at least one). */
    static long cents(double perPerson, double peoplePerAgent) {
        return Math.max(1, Budget.cents(perPerson * peoplePerAgent));
    }

    /** People that {@code agents} agents stand for. */
    double people(double agents) {
        return agents * peoplePerAgent;
    }
}
