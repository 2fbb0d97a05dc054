package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Range;

/** Purchase behaviour common to every brand in the market. */
@Doc("Purchase behaviour common to all brands.")
public record MarketSpec(
        @Default("0.25") @Range(min = 0, max = 100) @Doc("Purchases per week by an active customer (0.25 = about monthly).") double purchaseRate,
        @Default("0.25") @Range(min = 0, max = 10) @Doc("Extra purchase rate of members and advocates, as a fraction (0.25 = 25% more).") double memberPurchaseUplift,
        @Default("0.002") @Range(min = 0, max = 100) @Doc("Trial rate per week of an aware consumer with no other influence (Bass innovation without advertising).") double organicTrialRate,
        @Default("0.002") @Range(min = 0, max = 1) @Doc("Discount rate per week for customer lifetime value (0.002 is about 10% a year).") double discountRatePerWeek,
        @Default("EUR") @Doc("Currency code shown in outputs.") String currency) {
}
