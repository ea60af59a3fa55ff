// attachment_unreadable: an attachment whose text govmon could not read —
// corrupt, password-protected, a scanned PDF without text layer, a format it
// does not read, or over a limit. Such a file may hide a privacy leak, so the
// reviewer is told which. Made by the caller of ExtractAttachment()
// (crawler, proofread), not by a PageCheck.
#pragma once

#include <string_view>

#include "check/finding.h"

namespace govmon {

// `reason` is UnreadableReasonName() of the extraction error ("encrypted",
// "no_text_layer" …) and becomes the finding's kind; `message` is the error
// text. `location` is the path inside an archive, "" for the file itself.
Finding AttachmentUnreadableFinding(std::string_view site, std::string_view url,
                                    std::string_view reason, std::string_view message,
                                    std::string_view location = "");

}  // namespace govmon
