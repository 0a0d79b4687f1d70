#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace revalign {

enum class DecimalMark { Auto, Dot, Comma };
QString toKey(DecimalMark mark); // "auto", "dot", "comma"
std::optional<DecimalMark> decimalMarkFromKey(const QString& key);

// Why a value is not a number of its column. Each has its own message: "too large" and "more decimals
// than cents" are not the same mistake as "n/a" in a number column, and the fix differs.
enum class NumberProblem { None, NotANumber, TooLarge, TooManyDecimals };

// The largest magnitude a parsed value may have in its scaled units (cents for money): 2^53 - 1, so that
// every figure computed from it in double precision (sums, averages) is still exact to the unit.
inline constexpr qint64 kMaxExactScaled = (qint64(1) << 53) - 1;

struct ScaledNumber {
    qint64 value = 0;
    NumberProblem problem = NumberProblem::None;
    explicit operator bool() const { return problem == NumberProblem::None; }
};

// Parses a number with the given decimal mark, scaled by 10^scale (scale 2 gives cents). Thousands
// separators (the other mark, spaces, no-break spaces, apostrophes) and a currency sign or code before or
// after the amount ("$1,234.50", "1.234,50 €", "USD 5", "US$ 5") are dropped; "-5", "(5)" and "-$5" are
// negative. Digits beyond `scale` must be zeros ("12.500" is 1250 cents): an amount is never rounded
// silently, "12.505" is TooManyDecimals. No exponents, hex, NaN or infinity: those are NotANumber.
// Allocation-free: it runs for every number of every row.
ScaledNumber parseNumber(std::string_view text, DecimalMark mark, int scale);
// The same, as an optional, for callers that only need "is it one".
std::optional<qint64> parseScaled(std::string_view text, DecimalMark mark, int scale);
// A real number (probabilities) to six decimals; further digits are rounded half away from zero, the one
// documented rounding rule (a probability of 0.3333333 is 0.333333).
std::optional<double> parseReal(std::string_view text, DecimalMark mark);
// What parseReal() found wrong, for the row's error.
NumberProblem realProblem(std::string_view text, DecimalMark mark);

// Decides the decimal mark of a numeric column from all its values. Values that are numbers under
// neither mark ("n/a", "many", "NaN") take no part in the decision: their rows get their own error.
class DecimalSniffer final {
public:
    void add(std::string_view text);
    DecimalMark decided() const; // Auto when ambiguous (values like "1,234" fit both meanings)
    // For whole-number columns (employees): the mark under which every value is whole wins, so
    // "1,200" employees is 1200, never 1.2.
    DecimalMark decidedForWholeNumbers() const;
    bool ambiguous() const;
    const std::string& ambiguousExample() const { return m_example; }
    // Whether every number seen is whole when read with `mark` ("1,200" is whole with a dot, not a comma).
    bool wholeUnder(DecimalMark mark) const { return mark == DecimalMark::Comma ? m_commaWhole : m_dotWhole; }
    int numbers() const { return m_numbers; }       // values that are a number under at least one mark
    int nonNumbers() const { return m_nonNumbers; } // values that are not a number under either

private:
    bool m_dotFits = true;
    bool m_commaFits = true;
    bool m_meaningful = false; // some value reads differently under the two marks
    bool m_dotWhole = true;    // no value has a fraction when read with a decimal point
    bool m_commaWhole = true;
    int m_numbers = 0;
    int m_nonNumbers = 0;
    std::string m_example;
};

} // namespace revalign
