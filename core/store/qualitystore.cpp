#include "store/qualitystore.h"

#include "store/database.h"

namespace revalign {

QualityInputs QualityStore::read() {
    QualityInputs in;
    // One person, several records: the same address (case and surrounding spaces aside) on more than one
    // contact, whether from two sources (a HubSpot contact and a Salesforce lead) or one (a lead and the
    // contact it was converted to).
    Statement st(m_db, "SELECT c.id, lower(trim(c.email)) AS address FROM contact c "
                       "WHERE lower(trim(c.email)) IN (SELECT lower(trim(email)) FROM contact "
                       " WHERE email IS NOT NULL AND trim(email) <> '' "
                       " GROUP BY lower(trim(email)) HAVING count(*) > 1) "
                       "ORDER BY address, c.id");
    QString current;
    while (st.step()) {
        const QString address = st.text(1);
        if (in.duplicateEmails.empty() || address != current) {
            in.duplicateEmails.emplace_back();
            current = address;
        }
        in.duplicateEmails.back().push_back(st.int64(0));
    }
    return in;
}

} // namespace revalign
