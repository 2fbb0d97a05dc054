package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.MoneyAmount;
import dev.rapport.scenario.bind.Range;

/**
 * The market the scenario models: how many people it holds, how many of them could ever buy in the
 * category, and purchase behaviour common to every brand in it.
 */
@Doc("The market: its size, its potential and purchase behaviour common to all brands.")
public record MarketSpec(
        @Range(min = 1, max = 1e10) @Doc("People (or households) in the market. Each simulated consumer stands for "
                + "size / population.size of them: levers pay per person for everyone an agent stands for, and counts "
                + "and money in the outputs are at market scale, so answers do not depend on how many agents are "
                + "simulated. More agents than people is allowed (an agent is then part of a person): it only lowers the noise. None = one agent per person.") Double size,
        @Default("1") @Range(min = 0, max = 1) @Doc("Share of the market that could ever buy in the category (Bass's "
                + "market potential m). Consumers outside it hear and talk but never buy; starting customers are "
                + "inside it.") double potential,
        @Default("0.25") @Range(min = 0, max = 100) @Doc("Purchases per week by an active customer (0.25 = about monthly).") double purchaseRate,
        @Default("0.25") @Range(min = 0, max = 10) @Doc("Extra purchase rate of members and advocates, as a fraction (0.25 = 25% more).") double memberPurchaseUplift,
        @Default("0.002") @Range(min = 0, max = 100) @Doc("Trial rate per week of an aware consumer with no other influence (Bass innovation without advertising).") double organicTrialRate,
        @Default("0.002") @Range(min = 0, max = 1) @Doc("Discount rate per week for customer lifetime value (clv) and the net present value of profit (discounted_profit); 0.002 is about 10% a year.") double discountRatePerWeek,
        @Default("EUR") @Doc("Currency code shown in outputs.") String currency,
        @MoneyAmount @Range(min = 0.0001, max = 1e9) @Doc("The category's usual price: consumers' willingness to pay is drawn as a multiple of it (segments[].willingness_to_pay). "
                + "None = the mean list price of the brands; set it when you vary a brand's price, or willingness to pay moves with it.") Double referencePrice) {
}
