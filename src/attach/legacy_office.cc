// Legacy binary Office files (Word 97-2003 .doc, Excel .xls, PowerPoint .ppt,
// and WPS Office's .wps/.et/.dps, which are the same OLE formats) converted to
// text by Debian's antiword, catdoc, xls2csv and catppt, run as subprocesses
// with a time limit and an output cap so a hostile file cannot hang a scan.
// Known limit: catdoc 0.95's xls2csv misreads some UTF-16 strings in the
// shared-string table (e.g. 身份证号码 written by python-xlwt), and the cells
// after them; those sheets come out partly garbled rather than failing.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "attach/extract_internal.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace govmon {
namespace {

struct ToolOutput {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// A temporary copy of the attachment, removed on destruction.
class TempFile {
 public:
  static Result<TempFile> Create(std::string_view bytes, const std::string& dir) {
    std::string base = dir;
    if (base.empty()) {
      const char* env = std::getenv("TMPDIR");
      base = env != nullptr && *env != '\0' ? env : "/tmp";
    }
    std::string path = base + "/govmon-attach-XXXXXX";
    int fd = mkstemp(path.data());
    if (fd < 0) return IoError("cannot create a temporary file in " + base);
    size_t written = 0;
    while (written < bytes.size()) {
      ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
      if (n <= 0) {
        close(fd);
        unlink(path.c_str());
        return IoError("cannot write temporary file " + path);
      }
      written += static_cast<size_t>(n);
    }
    close(fd);
    return TempFile(path);
  }
  TempFile(TempFile&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  TempFile(const TempFile&) = delete;
  ~TempFile() {
    if (!path_.empty()) unlink(path_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  explicit TempFile(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

Result<ToolOutput> RunTool(const std::vector<std::string>& argv, std::chrono::milliseconds timeout,
                           size_t max_output) {
  int out_pipe[2];
  int err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) return IoError("pipe failed");
  if (pipe2(err_pipe, O_CLOEXEC) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    return IoError("pipe failed");
  }
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // posix_spawn, not fork: the scan process is large and multi-threaded, and
  // copying its page tables for every attachment cost more than the tool run.
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  pid_t pid = -1;
  const int spawn_error = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawn_error != 0) {
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
    if (spawn_error == ENOENT) {
      ToolOutput missing;
      missing.exit_code = 127;  // What a shell reports for a command not found.
      return missing;
    }
    return IoError(argv[0] + ": cannot start: " + std::strerror(spawn_error));
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  ToolOutput result;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  int open_fds = 2;
  bool timed_out = false;
  bool too_big = false;
  char buffer[1 << 16];
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    int rc = poll(fds, 2, static_cast<int>(left.count()));
    if (rc < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
        continue;
      }
      std::string& sink = i == 0 ? result.out : result.err;
      if (i == 1 && sink.size() > 4096) continue;  // Keep only the start of stderr.
      sink.append(buffer, static_cast<size_t>(n));
    }
    if (result.out.size() > max_output) {
      too_big = true;
      break;
    }
  }
  for (const pollfd& p : fds) {
    if (p.fd >= 0) close(p.fd);
  }
  if (timed_out || too_big) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) {
    return UnreadableError(UnreadableReason::kTimeout, argv[0] + " did not finish within " +
                                                           std::to_string(timeout.count()) + " ms");
  }
  if (too_big) {
    return UnreadableError(UnreadableReason::kTooLarge, argv[0] + " output over the limit");
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// `path` is the temporary copy the tool read: its name means nothing to a
// reader of the finding, so the message says "the file" instead.
Status ToolError(const std::string& tool, const ToolOutput& out, const std::string& path) {
  std::string stderr_text = out.err;
  for (size_t at = stderr_text.find(path); !path.empty() && at != std::string::npos;
       at = stderr_text.find(path, at)) {
    stderr_text.replace(at, path.size(), "the file");
  }
  std::string err(TrimAscii(TruncateUtf8(stderr_text, 300)));
  if (out.exit_code == 127) {
    return UnreadableError(UnreadableReason::kUnsupported,
                           tool + " is not installed (scripts/install-deps)");
  }
  if (ContainsIgnoreCase(out.err, "encrypt") || ContainsIgnoreCase(out.err, "password")) {
    return UnreadableError(UnreadableReason::kEncrypted, tool + ": " + err);
  }
  return UnreadableError(UnreadableReason::kCorrupt, tool + " failed (exit " +
                                                         std::to_string(out.exit_code) + ")" +
                                                         (err.empty() ? "" : ": " + err));
}

void AddParagraphs(std::string_view text, ExtractBudget* budget, Document* doc) {
  int paragraph = 0;
  while (!text.empty()) {
    size_t eol = text.find('\n');
    std::string line = CollapseWhitespace(text.substr(0, eol));
    text = eol == std::string_view::npos ? "" : text.substr(eol + 1);
    if (line.empty()) continue;
    TextBlock b;
    b.text = std::move(line);
    b.location = "第" + std::to_string(++paragraph) + "段";
    if (!budget->AddBlock(doc, std::move(b))) return;
  }
}

// antiword's text: paragraphs, and tables as runs of lines "|cell|cell|",
// which become table cells (the first row their column headers).
void AddWordText(std::string_view text, ExtractBudget* budget, Document* doc) {
  int paragraph = 0;
  int table = -1;  // The table being read, -1 between tables.
  int row = 0;
  while (!text.empty()) {
    size_t eol = text.find('\n');
    std::string_view raw = TrimAscii(text.substr(0, eol));
    text = eol == std::string_view::npos ? "" : text.substr(eol + 1);
    if (raw.size() >= 2 && raw.front() == '|' && raw.back() == '|') {
      if (table < 0) {
        table = static_cast<int>(doc->tables.size());
        doc->tables.emplace_back().header_rows = 1;
        row = 0;
      }
      Table& t = doc->tables[static_cast<size_t>(table)];
      std::vector<std::string>& cells = t.rows.emplace_back();
      for (std::string_view cell : Split(raw.substr(1, raw.size() - 2), '|')) {
        cells.push_back(CollapseWhitespace(cell));
      }
      for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].empty()) continue;
        TextBlock b;
        b.text = cells[c];
        b.table = table;
        b.row = row;
        b.column = static_cast<int>(c);
        if (row > 0 && c < t.rows[0].size()) b.column_header = t.rows[0][c];
        b.location = "表" + std::to_string(table + 1) + " 第" + std::to_string(row + 1) + "行 第" +
                     std::to_string(c + 1) + "列";
        if (!budget->AddBlock(doc, std::move(b))) return;
      }
      ++row;
      continue;
    }
    table = -1;
    std::string line = CollapseWhitespace(raw);
    if (line.empty()) continue;
    TextBlock b;
    b.text = std::move(line);
    b.location = "第" + std::to_string(++paragraph) + "段";
    if (!budget->AddBlock(doc, std::move(b))) return;
  }
}

}  // namespace

// The fixed fields of an OLE compound file's header (MS-CFB 2.2), checked
// before a tool is started: a damaged or truncated file is then reported
// without a process (two, for Word: antiword, then catdoc).
Status CheckCompoundFileHeader(std::string_view bytes) {
  auto u16 = [&](size_t at) {
    return static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) |
           static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 8;
  };
  if (bytes.size() < 512) {
    return UnreadableError(UnreadableReason::kCorrupt,
                           "OLE compound file shorter than its 512-byte header");
  }
  const unsigned major = u16(26), byte_order = u16(28), sector_shift = u16(30),
                 mini_sector_shift = u16(32);
  if (byte_order != 0xFFFE || (major != 3 && major != 4) ||
      sector_shift != (major == 3 ? 9u : 12u) || mini_sector_shift != 6) {
    return UnreadableError(UnreadableReason::kCorrupt,
                           "OLE compound file header is damaged (version " + std::to_string(major) +
                               ", sector shift " + std::to_string(sector_shift) + ")");
  }
  return Status::Ok();
}

Status ExtractLegacyOffice(std::string_view bytes, LegacyFormat format, ExtractBudget* budget,
                           Document* doc) {
  GOVMON_RETURN_IF_ERROR(CheckCompoundFileHeader(bytes));
  Result<TempFile> file = TempFile::Create(bytes, budget->options.temp_dir);
  if (!file.ok()) return file.status();
  const size_t max_output = std::max<size_t>(budget->options.max_input_bytes, bytes.size() * 8);
  const auto timeout = budget->options.tool_timeout;
  const std::string& path = file->path();

  if (format == LegacyFormat::kExcel) {
    Result<ToolOutput> out =
        RunTool({"xls2csv", "-d", "utf-8", "-q", "1", path}, timeout, max_output);
    if (!out.ok()) return out.status();
    if (out->exit_code != 0) return ToolError("xls2csv", *out, path);
    // Sheets are separated by form feeds; xls2csv does not give their names.
    std::string_view text = out->out;
    int sheet = 0;
    while (!text.empty()) {
      size_t ff = text.find('\f');
      std::string_view part = text.substr(0, ff);
      text = ff == std::string_view::npos ? "" : text.substr(ff + 1);
      AddCsvCells(part, ',', sheet, "Sheet" + std::to_string(sheet + 1), budget, doc);
      ++sheet;
    }
    return Status::Ok();
  }
  if (format == LegacyFormat::kPowerPoint) {
    Result<ToolOutput> out = RunTool({"catppt", "-d", "utf-8", path}, timeout, max_output);
    if (!out.ok()) return out.status();
    if (out->exit_code != 0) return ToolError("catppt", *out, path);
    AddParagraphs(out->out, budget, doc);
    return Status::Ok();
  }
  // Word: antiword keeps tables as rows with '|' separators; catdoc reads the
  // files antiword refuses (Word 6/95, some WPS output).
  Result<ToolOutput> out =
      RunTool({"antiword", "-m", "UTF-8.txt", "-w", "0", path}, timeout, max_output);
  if (!out.ok()) return out.status();
  if (out->exit_code != 0 || TrimAscii(out->out).empty()) {
    Result<ToolOutput> fallback =
        RunTool({"catdoc", "-d", "utf-8", "-w", path}, timeout, max_output);
    if (!fallback.ok()) return fallback.status();
    if (fallback->exit_code != 0)
      return ToolError(out->exit_code != 0 ? "antiword" : "catdoc",
                       out->exit_code != 0 ? *out : *fallback, path);
    out = std::move(fallback);
  }
  AddWordText(out->out, budget, doc);
  return Status::Ok();
}

}  // namespace govmon
