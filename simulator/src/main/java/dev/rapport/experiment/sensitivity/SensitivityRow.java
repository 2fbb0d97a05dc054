package dev.rapport.experiment.sensitivity;

/**
 * One row of {@code sensitivity.csv}: a statistic of one parameter by one method.
 *
 * @param method    oat, morris or sobol
 * @param parameter the parameter's {@code --set} path
 * @param statistic objective_at_base, objective_at_low, objective_at_high, swing (oat); mu, mu_star,
 *                  sigma (morris); first_order, total (sobol)
 * @param ciLow     the bootstrap interval's lower end (sobol), NaN otherwise
 * @param ciHigh    the bootstrap interval's upper end (sobol), NaN otherwise
 */
public record SensitivityRow(String method, String parameter, String statistic, double value, double ciLow,
                             double ciHigh) {
    static SensitivityRow of(SensitivityMethod method, String parameter, String statistic, double value) {
        return new SensitivityRow(method.label(), parameter, statistic, value, Double.NaN, Double.NaN);
    }
}
