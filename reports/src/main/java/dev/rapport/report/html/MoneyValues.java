package dev.rapport.report.html;

import dev.rapport.report.metrics.CurrencySymbol;
import dev.rapport.report.metrics.ValueFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the scenario's amounts of money as money in the appendix: {@code €1.2M} for a budget of
 * 1200000 when the market's currency is EUR. The report does not know the simulator's schema, so
 * money is known by its key's name, the names the scenario format gives amounts of money.
 */
final class MoneyValues {

    /** Keys whose value is an amount of money. */
    private static final Set<String> MONEY_KEYS = Set.of("budget", "price", "reference_price", "per_week", "per_month");
    /** Prefix of keys whose value is a cost per unit, in money. */
    private static final String COST_PER = "cost_per_";

    private MoneyValues() {
    }

    /** @return {@code groups} with every amount of money written with {@code currency}'s symbol and units */
    static List<ParameterGroup> withSymbol(List<ParameterGroup> groups, String currency) {
        String prefix = CurrencySymbol.prefix(currency);
        return groups.stream().map(g -> new ParameterGroup(g.name(), g.rows().stream()
                .map(r -> isMoney(r.path()) ? new ParameterRow(r.path(), money(r.value(), prefix)) : r)
                .toList())).toList();
    }

    static boolean isMoney(String path) {
        String key = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf(']')) + 1);
        return MONEY_KEYS.contains(key) || key.startsWith(COST_PER);
    }

    private static String money(String value, String prefix) {
        try {
            double amount = Double.parseDouble(value);
            double abs = Math.abs(amount);
            // Large amounts in k and M as everywhere in the report; a price keeps its cents.
            String digits = abs >= 10_000 ? ValueFormat.CURRENCY.format(abs)
                    : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(abs);
            return (amount < 0 ? "-" : "") + prefix + digits;
        } catch (NumberFormatException e) {
            // "none", a list: not one amount, shown as it is.
            return value;
        }
    }
}
