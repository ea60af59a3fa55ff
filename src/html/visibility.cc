// One pass over the elements in document order (parents first), carrying the
// few computed values that depend on ancestors: font size in px, text colour
// and the background colour behind each element.
#include "html/visibility.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <tuple>

#include "base/strings.h"
#include "html/tag_flags.h"

namespace govmon {

using namespace std::string_view_literals;
namespace {

constexpr float kViewportWidth = 1366;
constexpr float kViewportHeight = 768;
constexpr float kOffscreen = 500;      // |offset| that moves a box out of view.
constexpr float kFarOffscreen = 1500;  // For right/bottom, which pages use more freely.
constexpr int kSameColorTolerance = 12;

// A length in px; `percent_base` is what 100% means here. NaN for auto.
float ToPx(const CssLength& l, float font_px, float percent_base) {
  using Unit = CssLength::Unit;
  switch (l.unit) {
    case Unit::kPx:
      return l.value;
    case Unit::kEm:
      return l.value * font_px;
    case Unit::kRem:
      return l.value * 16;
    case Unit::kPercent:
      return l.value * percent_base / 100;
    case Unit::kVw:
      return l.value * kViewportWidth / 100;
    case Unit::kVh:
      return l.value * kViewportHeight / 100;
    case Unit::kNumber:
      return l.value;
    case Unit::kAuto:
      return NAN;
  }
  return NAN;
}

Rgba Blend(Rgba top, Rgba bottom) {
  const float a = top.a / 255.0f;
  auto mix = [a](uint8_t t, uint8_t b) {
    return static_cast<uint8_t>(std::lround(t * a + b * (1 - a)));
  };
  return {mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b), 255};
}

bool Close(Rgba x, Rgba y) {
  return std::abs(x.r - y.r) <= kSameColorTolerance && std::abs(x.g - y.g) <= kSameColorTolerance &&
         std::abs(x.b - y.b) <= kSameColorTolerance;
}

// True when frame `child` of <frameset> `frameset` gets a row or column of
// at most 1px ("rows=\"0,*\""), the old way of hiding a frame; `rule` is
// set to the attribute.
bool ZeroFramesetTrack(const Document& doc, int frameset, int child, std::string* rule) {
  const Node& set = doc.nodes[frameset];
  if (set.tag != "frameset"sv) return false;
  int position = 0;
  for (int c : set.children) {
    if (c == child) break;
    const Node& sibling = doc.nodes[c];
    if (sibling.type == Node::Type::kElement &&
        (sibling.tag == "frame"sv || sibling.tag == "frameset"sv)) {
      ++position;
    }
  }
  for (std::string_view attr : {"rows", "cols"}) {
    const std::string* tracks = set.Attribute(attr);
    if (tracks == nullptr) continue;
    std::vector<std::string_view> sizes = Split(*tracks, ',');
    if (position >= static_cast<int>(sizes.size())) continue;
    std::string_view size = TrimAscii(sizes[position]);
    if (size.ends_with("px")) size.remove_suffix(2);
    unsigned long long px = 0;
    if (ParseUint(size, &px) && px <= 1) {
      *rule = std::string(attr) + "=\"" + *tracks + "\"";
      return true;
    }
  }
  return false;
}

class VisibilityPass {
 public:
  VisibilityPass(const StyleCascade& cascade, Document* doc) : cascade_(cascade), doc_(doc) {
    const size_t n = doc->nodes.size();
    font_px_.assign(n, 16);
    color_.assign(n, Rgba{0, 0, 0, 255});
    background_.assign(n, Rgba{255, 255, 255, 255});
    background_unknown_.assign(n, 0);
    background_source_.assign(n, nullptr);
    box_hidden_.assign(n, 0);
  }

  void Run(std::vector<uint8_t>* text_only_hidden) {
    text_only_hidden->assign(doc_->nodes.size(), 0);
    for (size_t i = 0; i < doc_->nodes.size(); ++i) {
      if (doc_->nodes[i].type != Node::Type::kElement) continue;
      Visit(static_cast<int>(i));
      (*text_only_hidden)[i] = doc_->nodes[i].visibility >= 0 && !box_hidden_[i];
    }
  }

 private:
  // The element being visited is hidden by what it inherits from a hidden
  // ancestor (`inherited_`, shared by index) plus what its own style adds;
  // the inherited visibility is copied into `v_` only when something is added.
  void Start(int inherited) {
    inherited_ = inherited;
    materialized_ = false;
    v_ = Visibility();
  }
  bool Hidden() const { return materialized_ ? !v_.techniques.empty() : inherited_ >= 0; }
  // The visibility index of the element.
  int Finish() {
    if (!materialized_) return inherited_;
    doc_->visibilities.push_back(std::move(v_));
    return static_cast<int>(doc_->visibilities.size() - 1);
  }

  // Records a technique; the first one gives the rule and its origin.
  void Add(const char* technique, const AppliedValue* applied) {
    const Visibility* current =
        materialized_ || inherited_ < 0 ? &v_ : &doc_->visibilities[inherited_];
    for (const std::string& t : current->techniques) {
      if (t == technique) return;
    }
    if (!materialized_) {
      if (inherited_ >= 0) v_ = doc_->visibilities[inherited_];
      materialized_ = true;
    }
    v_.techniques.emplace_back(technique);
    if (v_.rule.empty() && applied != nullptr && applied->value != nullptr) {
      v_.rule = applied->value->text;
      v_.rule_origin = cascade_.DescribeOrigin(*applied);
    }
  }

  // Length of an own or inherited property in px, NaN when unset or auto.
  float LengthPx(const ComputedStyle& s, CssProperty p, float font_px, float base) {
    const AppliedValue& a = s[p];
    if (a.value == nullptr || a.value->initial) return NAN;
    return ToPx(a.value->length, font_px, base);
  }

  void ComputeInherited(int i, const ComputedStyle& s) {
    const Node& node = doc_->nodes[i];
    const int parent = node.parent;
    const float parent_font = parent >= 0 ? font_px_[parent] : 16;
    // Font size.
    const AppliedValue& fs = s[CssProperty::kFontSize];
    float font = parent_font;
    if (fs.own && fs.value != nullptr && !fs.value->inherit) {
      font = fs.value->initial ? 16 : ToPx(fs.value->length, parent_font, parent_font);
      if (fs.value->length.unit == CssLength::Unit::kEm)
        font = fs.value->length.value * parent_font;
      if (std::isnan(font)) font = parent_font;
    }
    font_px_[i] = font;
    // Text colour; links take the user agent's link colour unless styled.
    const AppliedValue& c = s[CssProperty::kColor];
    if (c.value != nullptr && !c.value->initial) {
      color_[i] = c.value->color;
    } else {
      color_[i] = Rgba{0, 0, 0, 255};
    }
    if (node.tag == "a"sv && node.Attribute("href") != nullptr && !c.own) {
      color_[i] = Rgba{0, 0, 238, 255};
    }
    // Background behind the element.
    Rgba behind = parent >= 0 ? background_[parent] : Rgba{255, 255, 255, 255};
    bool unknown = parent >= 0 && background_unknown_[parent];
    const AppliedValue* source = parent >= 0 ? background_source_[parent] : nullptr;
    const AppliedValue& image = s[CssProperty::kBackgroundImage];
    const AppliedValue& bg = s[CssProperty::kBackgroundColor];
    const bool has_color = bg.value != nullptr && !bg.value->initial && bg.value->color.a > 0;
    if (has_color) {
      // With an image too, the colour shows wherever the image does not
      // reach; take it as the background.
      const Rgba own = bg.value->color;
      behind = own.a == 255 ? own : Blend(own, behind);
      if (own.a == 255) unknown = false;
      source = &bg;
    } else if (image.value != nullptr && image.value->image) {
      unknown = true;  // An image alone may be any colour.
    }
    background_[i] = behind;
    background_unknown_[i] = unknown;
    background_source_[i] = source;
  }

  void Visit(int i) {
    Node& node = doc_->nodes[i];
    const ComputedStyle& s = cascade_.style(i);
    ComputeInherited(i, s);
    const float font = font_px_[i];
    const int parent = node.parent;
    Start(parent >= 0 && box_hidden_[parent] ? doc_->nodes[parent].visibility : -1);

    // Box techniques.
    const AppliedValue& display = s[CssProperty::kDisplay];
    const bool display_none = display.value != nullptr && display.value->keyword == kDisplayNone;
    if (display_none) {
      Add(display.value->text == "hidden" && display.source == AppliedValue::Source::kAttribute
              ? "hidden_attribute"
              : "display_none",
          &display);
    }
    const AppliedValue& opacity = s[CssProperty::kOpacity];
    if (opacity.value != nullptr && !opacity.value->initial && !opacity.value->inherit &&
        opacity.value->number <= 0.05f) {
      Add("opacity_zero", &opacity);
    }
    const AppliedValue& position = s[CssProperty::kPosition];
    const CssKeyword pos = position.value != nullptr ? position.value->keyword : kPositionStatic;
    const bool positioned =
        pos == kPositionAbsolute || pos == kPositionFixed || pos == kPositionRelative;
    if (positioned) {
      struct Offset {
        CssProperty property;
        float base;
        bool hides_negative;  // Negative values move it out of view …
        float limit;          // … beyond this many px; positive beyond `far`.
        float far;
      };
      const Offset offsets[] = {
          {CssProperty::kLeft, kViewportWidth, true, kOffscreen, 3000},
          {CssProperty::kTop, kViewportHeight, true, kOffscreen, NAN},
          {CssProperty::kRight, kViewportWidth, true, kFarOffscreen, kFarOffscreen},
          {CssProperty::kBottom, kViewportHeight, false, 0, kFarOffscreen},
      };
      for (const Offset& o : offsets) {
        const float px = LengthPx(s, o.property, font, o.base);
        if (std::isnan(px)) continue;
        if ((o.hides_negative && px <= -o.limit) || (!std::isnan(o.far) && px >= o.far)) {
          Add("offscreen", &s[o.property]);
        }
      }
    }
    for (CssProperty margin : {CssProperty::kMarginLeft, CssProperty::kMarginTop}) {
      const float px = LengthPx(s, margin, font, kViewportWidth);
      if (!std::isnan(px) && px <= -kOffscreen) Add("offscreen", &s[margin]);
    }
    const AppliedValue& transform = s[CssProperty::kTransform];
    if (transform.value != nullptr && transform.value->moves_offscreen) {
      Add("offscreen", &transform);
    }
    const uint32_t tag_flags = TagFlags(node.tag);
    const bool replaced = (tag_flags & kTagReplaced) != 0;
    const bool is_inline = !replaced && pos != kPositionAbsolute && pos != kPositionFixed &&
                           (display.value != nullptr && !display.value->initial
                                ? display.value->keyword == kDisplayInline
                                : (tag_flags & kTagInline) != 0);
    if (!is_inline) {
      auto overflow_hidden = [&](CssProperty p) {
        const AppliedValue& o = s[p];
        return o.value != nullptr && o.value->keyword == kOverflowHidden;
      };
      const bool clip_x = replaced || overflow_hidden(CssProperty::kOverflowX);
      const bool clip_y = replaced || overflow_hidden(CssProperty::kOverflowY);
      for (auto [size, max, clips] :
           {std::tuple{CssProperty::kWidth, CssProperty::kMaxWidth, clip_x},
            std::tuple{CssProperty::kHeight, CssProperty::kMaxHeight, clip_y}}) {
        if (!clips) continue;
        for (CssProperty p : {size, max}) {
          const float px = LengthPx(s, p, font, 1000);
          if (!std::isnan(px) && px <= 1 && s[p].value->length.unit != CssLength::Unit::kNumber) {
            Add(node.tag == "iframe"sv || node.tag == "frame"sv ? "hidden_iframe" : "zero_size",
                &s[p]);
          }
        }
      }
      const AppliedValue& lh = s[CssProperty::kLineHeight];
      if (!replaced && lh.value != nullptr && !lh.value->initial &&
          (overflow_hidden(CssProperty::kOverflowX) || overflow_hidden(CssProperty::kOverflowY))) {
        const float px = lh.value->length.unit == CssLength::Unit::kNumber
                             ? lh.value->length.value * font
                             : ToPx(lh.value->length, font, font);
        const float height = LengthPx(s, CssProperty::kHeight, font, 1000);
        if (!std::isnan(px) && px <= 1 && (std::isnan(height) || height <= 1)) {
          Add("zero_size", &lh);
        }
      }
    }
    if (transform.value != nullptr && transform.value->hides) Add("zero_size", &transform);
    const AppliedValue& clip = s[CssProperty::kClip];
    if (clip.value != nullptr && clip.value->hides &&
        (pos == kPositionAbsolute || pos == kPositionFixed)) {
      Add("clip", &clip);
    }
    const AppliedValue& clip_path = s[CssProperty::kClipPath];
    if (clip_path.value != nullptr && clip_path.value->hides) Add("clip", &clip_path);
    if (node.tag == "marquee"sv) {
      bool hides = false;
      if (const std::string* amount = node.Attribute("scrollamount")) {
        unsigned long long speed = 0;
        if (ParseUint(TrimAscii(*amount), &speed) && speed >= 100) hides = true;
      }
      for (CssProperty p : {CssProperty::kWidth, CssProperty::kHeight}) {
        const float px = LengthPx(s, p, font, 1000);
        if (!std::isnan(px) && px <= 4) hides = true;
      }
      if (hides) {
        Add("marquee", nullptr);
        if (v_.rule.empty()) {
          const std::string* amount = node.Attribute("scrollamount");
          v_.rule = amount != nullptr ? "scrollamount=\"" + *amount + "\"" : "marquee size";
          v_.rule_origin = "attribute";
        }
      }
    }
    if ((node.tag == "frame"sv || node.tag == "frameset"sv) && parent >= 0 && !Hidden()) {
      std::string rule;
      if (ZeroFramesetTrack(*doc_, parent, i, &rule)) {
        Add("hidden_iframe", nullptr);
        v_.rule = std::move(rule);
        v_.rule_origin = "attribute";
      }
    }
    if ((node.tag == "iframe"sv || node.tag == "frame"sv) && Hidden()) {
      Add("hidden_iframe", nullptr);
    }
    if (Hidden()) {
      box_hidden_[i] = 1;
      node.visibility = Finish();
      return;
    }

    // Text techniques.
    if (replaced) return;
    const AppliedValue& visibility = s[CssProperty::kVisibility];
    if (visibility.value != nullptr && visibility.value->keyword == kVisibilityHidden) {
      Add("visibility_hidden", &visibility);
    }
    if (font <= 1) Add("font_size_zero", &s[CssProperty::kFontSize]);
    const AppliedValue& image = s[CssProperty::kBackgroundImage];
    const bool paints_image = image.own && image.value != nullptr && image.value->image;
    const float indent = LengthPx(s, CssProperty::kTextIndent, font, kViewportWidth);
    if (!paints_image && !std::isnan(indent) && indent <= -kOffscreen) {
      Add("offscreen", &s[CssProperty::kTextIndent]);
    }
    const Rgba color = color_[i];
    if (color.a == 0) {
      Add("same_color", &s[CssProperty::kColor]);
    } else if (!background_unknown_[i] && Close(Blend(color, background_[i]), background_[i])) {
      const AppliedValue& c = s[CssProperty::kColor];
      Add("same_color", c.value != nullptr ? &c : background_source_[i]);
    }
    node.visibility = Finish();
  }

  const StyleCascade& cascade_;
  Document* doc_;
  std::vector<float> font_px_;
  std::vector<Rgba> color_;
  std::vector<Rgba> background_;
  std::vector<uint8_t> background_unknown_;
  std::vector<const AppliedValue*> background_source_;
  std::vector<uint8_t> box_hidden_;
  int inherited_ = -1;
  bool materialized_ = false;
  Visibility v_;
};

}  // namespace

void ComputeVisibility(const StyleCascade& cascade, Document* doc,
                       std::vector<uint8_t>* text_only_hidden) {
  VisibilityPass(cascade, doc).Run(text_only_hidden);
}

}  // namespace govmon
