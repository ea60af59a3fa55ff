#include "crawl/render_verifier.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace govmon {
namespace {

// Runs in the page. For each URL in arguments[0], finds the elements that
// link it and decides, as the browser laid the page out, whether a visitor
// sees one of them; then marks them for the screenshot and returns what it
// found together with the page height. The checks mirror the static
// analysis's techniques (html/visibility.h) but read computed styles and
// real boxes, so they also see what scripts did.
constexpr char kInspectScript[] = R"js(
const urls = arguments[0];
const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
const rgba = (c) => { const m = c.match(/[\d.]+/g) || []; return m.map(Number); };
const transparent = (c) => { const v = rgba(c); return c === 'transparent' || (v.length === 4 && v[3] === 0); };
const near = (a, b) => { const x = rgba(a), y = rgba(b); return x.length >= 3 && y.length >= 3 &&
    Math.abs(x[0] - y[0]) <= 12 && Math.abs(x[1] - y[1]) <= 12 && Math.abs(x[2] - y[2]) <= 12; };
const pageW = Math.max(document.documentElement.scrollWidth, innerWidth);
const pageH = Math.max(document.documentElement.scrollHeight, innerHeight);
function reasonHidden(el) {
  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.display === 'none') return 'display:none on ' + describe(e);
    if (e.tagName === 'MARQUEE' && Number(e.getAttribute('scrollamount')) >= 100)
      return 'marquee scrollamount ' + e.getAttribute('scrollamount');
    if (parseFloat(cs.opacity) <= 0.05) return 'opacity:' + cs.opacity + ' on ' + describe(e);
    if (cs.clip && cs.clip !== 'auto' && /rect\(\s*0(px)?[ ,]+0(px)?[ ,]+0(px)?[ ,]+0(px)?\s*\)/.test(cs.clip))
      return 'clip:' + cs.clip + ' on ' + describe(e);
  }
  const cs = getComputedStyle(el);
  if (cs.visibility !== 'visible') return 'visibility:' + cs.visibility;
  const r = el.getBoundingClientRect();
  const box = [r.left + scrollX, r.top + scrollY, r.width, r.height];
  if (r.right + scrollX <= 0 || r.bottom + scrollY <= 0 || box[0] >= pageW || box[1] >= pageH)
    return 'off-screen at (' + Math.round(box[0]) + ', ' + Math.round(box[1]) + ')';
  const hasImage = el.querySelector && el.querySelector('img') !== null;
  if ((r.width < 2 || r.height < 2) && !hasImage) return 'zero size ' + r.width + '×' + r.height;
  for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
    const ps = getComputedStyle(e);
    if (ps.clipPath && ps.clipPath !== 'none' && /inset\(\s*(50|[5-9]\d|100)%/.test(ps.clipPath))
      return 'clip-path:' + ps.clipPath + ' on ' + describe(e);
    if (ps.overflow !== 'visible') {
      const p = e.getBoundingClientRect();
      if (p.width < 2 || p.height < 2 || r.right <= p.left || r.left >= p.right || r.bottom <= p.top || r.top >= p.bottom)
        return 'clipped by overflow:' + ps.overflow + ' of ' + describe(e);
    }
  }
  if (parseFloat(cs.fontSize) <= 1 && !hasImage) return 'font-size:' + cs.fontSize;
  let bg = 'rgb(255, 255, 255)';
  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
    const b = getComputedStyle(e).backgroundColor;
    if (!transparent(b)) { bg = b; break; }
  }
  if (!hasImage && (transparent(cs.color) || near(cs.color, bg)))
    return 'text colour ' + cs.color + ' on ' + bg;
  return '';
}
const candidates = Array.from(document.querySelectorAll('a[href], area[href], iframe[src], frame[src]'));
const panel = document.createElement('div');
panel.setAttribute('style', 'position:relative;z-index:2147483647;margin:0 0 8px 0;' +
    'background:rgba(255,255,224,0.95);border:3px solid #d00;color:#000;font:13px/1.5 sans-serif;padding:6px 10px');
panel.appendChild(document.createTextNode('govmon 暗链取证 — 隐藏链接：'));
const results = urls.map((url, index) => {
  const matches = candidates.filter((e) => (e.href || e.src) === url);
  if (matches.length === 0) return {url: url, found: false, visible: false, x: 0, y: 0, width: 0, height: 0, reason: ''};
  const el = matches[0];
  const reason = reasonHidden(el);
  const r = el.getBoundingClientRect();
  const out = {url: url, found: true, visible: reason === '', x: r.left + scrollX, y: r.top + scrollY,
               width: r.width, height: r.height, reason: reason};
  if (reason === '') {
    el.style.outline = '3px solid #d00';
  } else {
    const line = document.createElement('div');
    line.textContent = '[' + (index + 1) + '] ' + (el.textContent || '').trim().slice(0, 40) + ' → ' + url + '（' + reason + '）';
    panel.appendChild(line);
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const pr = e.getBoundingClientRect();
      if (pr.width >= 2 && pr.height >= 2 && getComputedStyle(e).display !== 'none') {
        e.style.outline = '3px dashed #d00';
        break;
      }
    }
  }
  return out;
});
// In the flow at the top, after measuring, so it covers nothing.
if (results.some((r) => r.found && !r.visible)) document.body.insertBefore(panel, document.body.firstChild);
return {links: results, height: Math.max(document.documentElement.scrollHeight, innerHeight)};
)js";

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", v);
  return buf;
}

}  // namespace

Result<RenderReport> RenderVerifier::Verify(std::string_view page_url,
                                            const std::vector<std::string>& link_urls,
                                            const std::string& screenshot_path) {
  RenderReport report;
  report.page_url = std::string(page_url);
  // Every page is judged in the same first-screen viewport, whatever size
  // the previous screenshot left the window at.
  const WebDriverOptions& window = session_->options();
  GOVMON_RETURN_IF_ERROR(session_->SetWindowSize(window.window_width, window.window_height));
  GOVMON_RETURN_IF_ERROR(session_->Navigate(page_url));
  Result<nlohmann::json> result = session_->ExecuteScript(kInspectScript, {link_urls});
  if (!result.ok()) return result.status();
  const nlohmann::json& links = result->contains("links") ? (*result)["links"] : nlohmann::json();
  if (!links.is_array() || links.size() != link_urls.size()) {
    return UnavailableError("render: unexpected answer from the page script: " +
                            result->dump().substr(0, 200));
  }
  for (const nlohmann::json& item : links) {
    RenderedLink link;
    link.url = item.value("url", "");
    link.found = item.value("found", false);
    link.visible = item.value("visible", false);
    link.x = item.value("x", 0.0);
    link.y = item.value("y", 0.0);
    link.width = item.value("width", 0.0);
    link.height = item.value("height", 0.0);
    link.reason = item.value("reason", "");
    report.links.push_back(std::move(link));
  }
  if (screenshot_path.empty()) return report;

  int height = result->value("height", 900);
  if (height > max_screenshot_height_) height = max_screenshot_height_;
  if (height < 200) height = 200;
  GOVMON_RETURN_IF_ERROR(session_->SetWindowSize(window.window_width, height));
  Result<std::string> png = session_->Screenshot();
  if (!png.ok()) return png.status();
  std::ofstream out(screenshot_path, std::ios::binary | std::ios::trunc);
  out.write(png->data(), static_cast<std::streamsize>(png->size()));
  out.close();
  if (!out) return IoError("render: cannot write " + screenshot_path);
  report.screenshot = screenshot_path;
  return report;
}

std::vector<std::pair<std::string, std::vector<std::string>>> DarkLinkTargetsByPage(
    const std::vector<Finding>& findings) {
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  for (const Finding& f : findings) {
    if (f.check != "dark_link" || f.target.empty()) continue;
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == f.url; });
    if (it == out.end()) {
      out.push_back({f.url, {}});
      it = out.end() - 1;
    }
    if (std::find(it->second.begin(), it->second.end(), f.target) == it->second.end()) {
      it->second.push_back(f.target);
    }
  }
  return out;
}

void ApplyRenderReport(const RenderReport& report, std::vector<Finding>* findings) {
  for (Finding& f : *findings) {
    if (f.check != "dark_link" || f.url != report.page_url) continue;
    auto it = std::find_if(report.links.begin(), report.links.end(),
                           [&](const RenderedLink& l) { return l.url == f.target; });
    if (it == report.links.end()) continue;
    if (!it->found) {
      f.detail += "; rendered: not in the rendered page";
      f.confidence = 0.7;
    } else if (it->visible) {
      f.detail += "; rendered: visible, box " + Number(it->width) + "×" + Number(it->height) +
                  " at (" + Number(it->x) + ", " + Number(it->y) + ")";
      f.confidence = 0.3;
    } else {
      f.detail += "; rendered: hidden (" + it->reason + "), box " + Number(it->width) + "×" +
                  Number(it->height) + " at (" + Number(it->x) + ", " + Number(it->y) + ")";
      f.confidence = 0.99;
    }
    if (!report.screenshot.empty()) f.detail += "; screenshot: " + report.screenshot;
  }
}

Status VerifyDarkLinks(const RenderOptions& options, std::vector<Finding>* findings,
                       std::vector<std::string>* page_errors) {
  std::vector<std::pair<std::string, std::vector<std::string>>> pages =
      DarkLinkTargetsByPage(*findings);
  if (pages.empty()) return Status::Ok();
  if (!options.screenshot_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(options.screenshot_dir, error);
    if (error)
      return IoError("render: cannot create " + options.screenshot_dir + ": " + error.message());
  }
  Result<std::unique_ptr<WebDriverSession>> session = WebDriverSession::Start(options.webdriver);
  if (!session.ok()) return session.status();
  RenderVerifier verifier(session->get());
  size_t done = 0;
  for (const auto& [page, targets] : pages) {
    if (done++ >= options.max_pages) break;
    std::string shot;
    if (!options.screenshot_dir.empty()) {
      // FNV-1a of the URL: a stable, file-system-safe name per page.
      uint64_t hash = 1469598103934665603ull;
      for (unsigned char c : page) hash = (hash ^ c) * 1099511628211ull;
      char name[40];
      std::snprintf(name, sizeof name, "darklink-%016llx.png",
                    static_cast<unsigned long long>(hash));
      shot = (std::filesystem::path(options.screenshot_dir) / name).string();
    }
    Result<RenderReport> report = verifier.Verify(page, targets, shot);
    if (!report.ok()) {
      if (page_errors != nullptr) page_errors->push_back(page + ": " + report.status().ToString());
      continue;
    }
    ApplyRenderReport(*report, findings);
  }
  return Status::Ok();
}

}  // namespace govmon
