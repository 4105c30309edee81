// WorkOs::parseErrorReply and classifyFailure: error bodies in both shapes, with any status.
// Their text goes to the terminal, so it must be printable and short.
#include "Error.h"
#include "FuzzSupport.h"
#include "HttpClient.h"
#include "WorkOsProtocol.h"

using namespace astro::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first two bytes choose the status and the transport flags; the rest is the body.
    ast::HttpResult result;
    if (size >= 2) {
        result.status = (data[0] | (data[1] << 8)) % 600;
        result.timedOut = data[1] & 0x80;
        result.tooLarge = data[1] & 0x40;
        data += 2;
        size -= 2;
    }
    result.body = bytes(data, size);

    if (const auto reply = ast::WorkOs::parseErrorReply(result.body)) {
        require(!reply->code.isEmpty() || !reply->message.isEmpty(), "an error says something");
        require(reply->code.size() <= 100, "code short");
        require(reply->message.size() <= 300, "message short");
        require(printable(reply->code) && printable(reply->message), "error text printable");
    }
    const ast::Error error = ast::WorkOs::classifyFailure(result);
    require(error.kind != ast::ErrorKind::None, "a failure is classified");
    require(printable(error.code) && printable(error.detail), "classified text printable");
    // organization_selection_required: the ids are printed and typed back, the names shown.
    if (error.organizationSelection) {
        require(error.kind == ast::ErrorKind::OrganizationSelectionRequired, "kind matches");
        require(!error.organizationSelection->organizations.isEmpty(), "something to choose");
        for (const ast::Organization &organization : error.organizationSelection->organizations) {
            require(!organization.id.isEmpty() && printable(organization.id), "id printable");
            require(!organization.id.contains(u' '), "id one word");
            require(printable(organization.name), "name printable");
        }
    }
    (void)ast::userMessage(error);
    return 0;
}
