#pragma once

#include "credentials/credentialstore.h"

namespace revalign::credentials {

// The platform's keychain through QtKeychain, under `service` ("RevAlign"). Never the insecure fallback
// (a plain-text file): without a keychain, reads and writes are Unavailable and the app asks each time.
std::unique_ptr<CredentialBackend> makeQtKeychainBackend(const QString& service = QStringLiteral("RevAlign"));

} // namespace revalign::credentials
