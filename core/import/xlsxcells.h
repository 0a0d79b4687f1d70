#pragma once

#include <string>
#include <string_view>

namespace revalign::xlsx {

// What a cell's number format makes of its number (SpreadsheetML stores dates as day serials and percent
// as fractions; only the format tells).
enum class NumberKind { Plain, Date, DateTime, Time, Percent };

struct NumberStyle {
    NumberKind kind = NumberKind::Plain;
    int decimals = 0; // decimal places the format shows (money: 2)
    friend bool operator==(const NumberStyle&, const NumberStyle&) = default;
};

// Classifies a number format: a built-in id (0-163, ECMA-376 18.8.30) or a custom format code.
NumberStyle classifyNumberFormat(int id, std::string_view code);

// Appends the text of a number exactly as stored in the sheet's XML (`<v>1234.5</v>`), never through a
// binary double: exponents written out (1.23E+5 -> 123000), more than 15 significant digits rounded to
// 15 as Excel shows them (binary noise such as 300.00000000000006 -> 300), then padded to the format's
// decimals (1234.5 in a 0.00 format -> 1234.50). Returns false when `stored` is not a number.
bool appendPlainNumber(std::string_view stored, int decimals, std::string& out);

// Appends a date serial as ISO text: YYYY-MM-DD (Date), YYYY-MM-DD HH:MM:SS (DateTime), HH:MM:SS (Time),
// rounded to the second. The 1900 system counts Lotus's phantom 1900-02-29 (serial 60, written as that
// impossible date so the import reports it); the 1904 system counts from 1904-01-01. Returns false for a
// serial no date has (negative, past 9999-12-31, not a number).
bool appendSerialDate(std::string_view stored, NumberKind kind, bool date1904, std::string& out);

// The appended text of a numeric cell under its style: plain numbers padded to the format's decimals,
// dates as ISO, percent as the stored fraction (0.25: "25%" would be no number to the import); the
// stored text itself when it is none of them.
void appendNumberCell(std::string_view stored, const NumberStyle& style, bool date1904, std::string& out);

// "A" for 1, "Z" for 26, "AA" for 27.
std::string columnLetters(long column);
// The 1-based column and row of an A1 reference ("D7" -> 4, 7); false when it is not one.
bool parseCellReference(std::string_view ref, long& column, long& row);

} // namespace revalign::xlsx
