// Unnamed temporary files for spooling what does not need to stay in memory
// (the link graph, page summaries).
#pragma once

#include <string>

namespace govmon {

// Opens an unlinked temporary file in $TMPDIR (else /tmp) for reading and
// writing, close-on-exec. Returns the descriptor, or -1 with *error saying
// why (the directory and the system's reason).
int OpenUnlinkedTempFile(std::string* error);

}  // namespace govmon
