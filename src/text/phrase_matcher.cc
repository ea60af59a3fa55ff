#include "text/phrase_matcher.h"

#include <hs/hs.h>

#include <mutex>

namespace govmon {

// The compiled database plus a pool of scratch spaces: vectorscan needs one
// scratch per concurrent scan, so threads borrow one from the pool and give
// it back, and the pool grows to the number of threads that ever scanned at
// once.
struct PhraseMatcher::Engine {
  hs_database_t* db = nullptr;
  hs_scratch_t* prototype = nullptr;
  std::mutex mu;
  std::vector<hs_scratch_t*> free_scratch;  // Guarded by mu.

  ~Engine() {
    for (hs_scratch_t* s : free_scratch) hs_free_scratch(s);
    if (prototype != nullptr) hs_free_scratch(prototype);
    if (db != nullptr) hs_free_database(db);
  }

  hs_scratch_t* Borrow() {
    {
      std::lock_guard<std::mutex> lock(mu);
      if (!free_scratch.empty()) {
        hs_scratch_t* s = free_scratch.back();
        free_scratch.pop_back();
        return s;
      }
    }
    hs_scratch_t* s = nullptr;
    if (hs_clone_scratch(prototype, &s) != HS_SUCCESS) return nullptr;
    return s;
  }

  void Return(hs_scratch_t* s) {
    std::lock_guard<std::mutex> lock(mu);
    free_scratch.push_back(s);
  }
};

PhraseMatcher::~PhraseMatcher() = default;

Result<std::unique_ptr<PhraseMatcher>> PhraseMatcher::Build(const std::vector<std::string>& phrases,
                                                            const PhraseMatcherOptions& options) {
  std::unique_ptr<PhraseMatcher> matcher(new PhraseMatcher());
  matcher->lengths_.reserve(phrases.size());
  for (size_t i = 0; i < phrases.size(); ++i) {
    if (phrases[i].empty()) {
      return InvalidArgumentError("phrase " + std::to_string(i) + " is empty");
    }
    matcher->lengths_.push_back(phrases[i].size());
  }
  if (phrases.empty()) return matcher;  // Matches nothing; no engine needed.

  std::vector<const char*> expressions;
  std::vector<size_t> lens;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < phrases.size(); ++i) {
    expressions.push_back(phrases[i].data());
    lens.push_back(phrases[i].size());
    flags.push_back(options.ascii_caseless ? HS_FLAG_CASELESS : 0u);
    ids.push_back(static_cast<unsigned>(i));
  }
  auto engine = std::make_unique<Engine>();
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lens.data(),
                           static_cast<unsigned>(phrases.size()), HS_MODE_BLOCK, nullptr,
                           &engine->db, &error) != HS_SUCCESS) {
    std::string message = "cannot compile phrase set";
    if (error != nullptr) {
      if (error->expression >= 0 && static_cast<size_t>(error->expression) < phrases.size()) {
        message += " at '" + phrases[static_cast<size_t>(error->expression)] + "'";
      }
      message += std::string(": ") + error->message;
      hs_free_compile_error(error);
    }
    return InternalError(message);
  }
  if (hs_alloc_scratch(engine->db, &engine->prototype) != HS_SUCCESS) {
    return InternalError("cannot allocate matcher scratch space");
  }
  matcher->engine_ = std::move(engine);
  return matcher;
}

namespace {

struct ScanState {
  const std::vector<size_t>* lengths;
  std::vector<PhraseMatch>* out;
};

int OnMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to,
            unsigned int /*flags*/, void* context) {
  auto* state = static_cast<ScanState*>(context);
  const size_t end = static_cast<size_t>(to);
  const size_t len = (*state->lengths)[id];
  state->out->push_back(PhraseMatch{static_cast<int>(id), end - len, end});
  return 0;
}

}  // namespace

Status PhraseMatcher::FindAll(std::string_view text, std::vector<PhraseMatch>* out) const {
  if (engine_ == nullptr || text.empty()) return Status::Ok();
  // hs_scan takes a 32-bit length; no page or attachment text comes near it.
  if (text.size() > (size_t{1} << 31)) return InvalidArgumentError("text too long to scan");
  hs_scratch_t* scratch = engine_->Borrow();
  if (scratch == nullptr) return ResourceExhaustedError("cannot allocate matcher scratch space");
  ScanState state{&lengths_, out};
  hs_error_t rc = hs_scan(engine_->db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
                          OnMatch, &state);
  engine_->Return(scratch);
  if (rc != HS_SUCCESS) return InternalError("phrase scan failed (" + std::to_string(rc) + ")");
  return Status::Ok();
}

}  // namespace govmon
