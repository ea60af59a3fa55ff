#include "base/temp_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace govmon {

int OpenUnlinkedTempFile(std::string* error) {
  std::error_code ec;
  const std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) {
    *error = "no temporary directory ($TMPDIR or /tmp): " + ec.message();
    return -1;
  }
#ifdef O_TMPFILE
  // Linux makes the file without a name, so nothing is left behind if the
  // process dies.
  int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
#else
  int fd = -1;
#endif
  // File systems without O_TMPFILE: a named file, unlinked at once.
  std::string name = (dir / "govmon-spool-XXXXXX").string();
  fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    *error = dir.string() + ": " + std::error_code(errno, std::generic_category()).message();
    return -1;
  }
  ::unlink(name.c_str());
  return fd;
}

}  // namespace govmon
