// CredentialsFile::parse and serialize: credentials.json may have been edited by hand, by an
// older or newer ast, or by anything else running as the user. Whatever parse accepts must be
// written back in a form that parses again to the very same bytes (no drift on each save).
#include "CredentialsFile.h"
#include "FuzzSupport.h"

using namespace astro::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto first = ast::CredentialsFile::parse(bytes(data, size));
    if (!first)
        return 0;
    const QByteArray written = ast::CredentialsFile::serialize(first.value());
    const auto second = ast::CredentialsFile::parse(written);
    require(second.ok(), "what we write parses again");
    require(second->profiles.keys() == first->profiles.keys(), "same profiles");
    require(ast::CredentialsFile::serialize(second.value()) == written, "round trip is stable");
    for (const ast::ProfileRecord &record : second->profiles)
        (void)record.state();
    return 0;
}
