#include "store/pg/pgplaceholders.h"

#include <cctype>

#include <algorithm>
#include <charconv>

namespace revalign {

std::string fromSqlitePlaceholders(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 16);
    int highest = 0;
    size_t i = 0;
    const size_t n = sql.size();
    while (i < n) {
        const char ch = sql[i];
        if (ch == '\'' || ch == '"') {
            // A literal or quoted identifier; a doubled quote is an escaped one and stays inside.
            const size_t start = i++;
            while (i < n) {
                if (sql[i] == ch) {
                    if (i + 1 < n && sql[i + 1] == ch) {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            out.append(sql.substr(start, i - start));
        } else if (ch == '-' && i + 1 < n && sql[i + 1] == '-') {
            const size_t end = std::min(sql.find('\n', i), n);
            out.append(sql.substr(i, end - i));
            i = end;
        } else if (ch == '/' && i + 1 < n && sql[i + 1] == '*') {
            const size_t close = sql.find("*/", i + 2);
            const size_t end = close == std::string_view::npos ? n : close + 2;
            out.append(sql.substr(i, end - i));
            i = end;
        } else if (ch == '?') {
            size_t j = i + 1;
            while (j < n && sql[j] >= '0' && sql[j] <= '9')
                ++j;
            int number = 0;
            if (j > i + 1)
                std::from_chars(sql.data() + i + 1, sql.data() + j, number);
            else
                number = highest + 1;
            highest = std::max(highest, number);
            out += '$';
            out += std::to_string(number);
            i = j;
        } else {
            out += ch;
            ++i;
        }
    }
    return out;
}

std::vector<bool> namedPlaceholders(std::string_view sql, size_t count) {
    std::vector<bool> named(count + 1, false);
    for (size_t i = 0; i + 1 < sql.size(); ++i) {
        if (sql[i] != '$' || !std::isdigit(static_cast<unsigned char>(sql[i + 1])))
            continue;
        size_t n = 0;
        size_t j = i + 1;
        for (; j < sql.size() && std::isdigit(static_cast<unsigned char>(sql[j])); ++j)
            n = n * 10 + static_cast<size_t>(sql[j] - '0');
        if (n >= 1 && n <= count)
            named[n] = true;
        i = j - 1;
    }
    return named;
}

} // namespace revalign
