#pragma once

#include "domain/ids.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace revalign {

// What classification looks at for one contact.
struct PersonaSubject {
    QString title;
    QString industry;
    std::optional<int> employees;
    QString country; // ISO 3166 alpha-2 or a name; compared case-insensitively
};

// A documented buyer type both teams target, with the rules that decide which contacts belong to it.
struct Persona {
    PersonaId id;
    QString name;
    QString description;
    QString pains;
    QString goals;
    QString color = QStringLiteral("#4e79a7"); // "#rrggbb"; core holds no QColor
    QStringList titleKeywords;                 // any one must appear in the job title (whole word, any case)
    QStringList industries;                    // empty = any industry
    std::optional<int> minEmployees;
    std::optional<int> maxEmployees;
    QStringList countries; // empty = anywhere

    friend bool operator==(const Persona&, const Persona&) = default;

    bool hasRules() const;
    // How well the subject fits: nullopt when a rule rules it out, else the number of rules that
    // matched positively (more specific personas win ties in classify()).
    std::optional<int> matchStrength(const PersonaSubject& subject) const;
};

// The best-matching persona, or nullopt for contacts outside every persona (a signal in itself).
// Ties go to the persona listed first, so the order of the persona list is the priority order.
std::optional<size_t> classify(const std::vector<Persona>& personas, const PersonaSubject& subject);

} // namespace revalign
