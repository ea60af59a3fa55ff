#include "text/personal_data.h"

#include <array>
#include <bitset>

#include "base/utf8.h"

namespace govmon {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlnum(char c) { return IsDigit(c) || IsUpper(c) || (c >= 'a' && c <= 'z'); }
bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return !s.empty();
}
int Num(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

// GB/T 2260 province codes with the prefecture codes (third and fourth
// digits) in use now or in the past. ID numbers keep the code of the place and
// time they were issued, so the 地区 codes of the 1980s and 1990s (21-3x) stay
// valid. 71/81/82/83 are 台湾, 香港, 澳门 and the residence permits of their
// residents. Written from GB/T 2260 by hand; prefecture lists are ranges
// because codes were assigned consecutively.
struct ProvinceCodes {
  int province;
  const char* prefectures;  // Comma-separated numbers and ranges, "01-11,21-31,90".
};
constexpr ProvinceCodes kRegions[] = {
    {11, "01-02"},
    {12, "01-02"},
    {13, "01-11,21-31,90"},
    {14, "01-11,21-32"},
    {15, "01-09,21-29"},
    {21, "01-14,21-24"},
    {22, "01-08,21-26"},
    {23, "01-12,21-27"},
    {31, "01-02"},
    {32, "01-13,21-29"},
    {33, "01-11,21-27"},
    {34, "01-18,21-30"},
    {35, "01-09,21-27"},
    {36, "01-11,21-26"},
    {37, "01-17,21-31"},
    {41, "01-17,21-31,90"},
    {42, "01-13,21-30,90"},
    {43, "01-13,21-31"},
    {44, "01-20,21-31,51-53"},
    {45, "01-14,21-31"},
    {46, "00-04,21-31,90"},
    {50, "01-03"},
    {51, "01-20,21-37"},
    {52, "01-05,21-27"},
    {53, "01-09,21-35"},
    {54, "01-06,21-27"},
    {61, "01-10,21-27"},
    {62, "01-12,21-30"},
    {63, "01-02,21-28"},
    {64, "01-05,21-22"},
    {65, "01-05,21-32,40-43,90"},
    {71, "00"},
    {81, "00"},
    {82, "00"},
    {83, "00"},
};

// All valid four-digit province+prefecture prefixes, built once.
const std::bitset<10000>& RegionPrefixes() {
  static const std::bitset<10000> table = [] {
    std::bitset<10000> bits;
    for (const ProvinceCodes& p : kRegions) {
      std::string_view spec = p.prefectures;
      while (!spec.empty()) {
        size_t comma = spec.find(',');
        std::string_view item = spec.substr(0, comma);
        spec = comma == std::string_view::npos ? "" : spec.substr(comma + 1);
        int lo = Num(item.substr(0, 2));
        int hi = item.size() > 2 ? Num(item.substr(3, 2)) : lo;
        for (int m = lo; m <= hi; ++m) bits.set(static_cast<size_t>(p.province * 100 + m));
      }
    }
    return bits;
  }();
  return table;
}

bool PlausibleBirthDate(int year, int month, int day, Date today) {
  if (year < 1900 || !Date::IsValid(year, month, day)) return false;
  return Date(year, month, day) <= today;
}

Date ResolveToday(const RecognizerOptions& options) {
  return options.today == Date() ? Date::Today() : options.today;
}

// Passport: E + 8 digits (electronic), E + letter + 7 digits (since 2019),
// G + 8 digits (older ordinary passports).
bool LooksLikePassport(std::string_view s) {
  if (s.size() != 9) return false;
  if ((s[0] == 'E' || s[0] == 'G') && AllDigits(s.substr(1))) return true;
  return s[0] == 'E' && IsUpper(s[1]) && s[1] != 'I' && s[1] != 'O' && AllDigits(s.substr(2));
}

// 往来港澳通行证: C + 8 digits, or C + letter + 7 digits; 港澳居民来往内地通行证
// (回乡证): H or M + 8 or 10 digits.
bool LooksLikeHkMacaoPermit(std::string_view s) {
  if (s.size() == 9 && s[0] == 'C') {
    return AllDigits(s.substr(1)) || (IsUpper(s[1]) && AllDigits(s.substr(2)));
  }
  if ((s.size() == 9 || s.size() == 11) && (s[0] == 'H' || s[0] == 'M')) {
    return AllDigits(s.substr(1));
  }
  return false;
}

// Classifies one maximal run of letters and digits.
void Classify(std::string_view run, size_t begin, Date today, std::vector<PersonalDataMatch>* out) {
  auto add = [&](PersonalDataKind kind, double confidence, bool needs_context) {
    out->push_back(PersonalDataMatch{kind, begin, begin + run.size(), std::string(run), confidence,
                                     needs_context});
  };
  const size_t n = run.size();
  const bool digits = AllDigits(run);
  const bool id_shape = n == 18 && AllDigits(run.substr(0, 17)) &&
                        (IsDigit(run[17]) || run[17] == 'X' || run[17] == 'x');
  if ((id_shape || (digits && n == 15)) && IsValidIdCard(run, today)) {
    add(PersonalDataKind::kIdCard, n == 18 ? 0.95 : 0.7, false);
    return;
  }
  if (!digits) {
    if (LooksLikePassport(run)) {
      add(PersonalDataKind::kPassport, 0.5, true);
    } else if (LooksLikeHkMacaoPermit(run)) {
      add(PersonalDataKind::kHkMacaoPermit, 0.5, true);
    }
    return;
  }
  if (n == 11 && IsValidMobile(run)) {
    add(PersonalDataKind::kMobile, 0.75, false);
  } else if (n >= 16 && n <= 19 && IsValidBankCard(run)) {
    add(PersonalDataKind::kBankCard, 0.7, false);
  }
}

}  // namespace

std::string_view PersonalDataKindName(PersonalDataKind kind) {
  switch (kind) {
    case PersonalDataKind::kIdCard:
      return "id_card";
    case PersonalDataKind::kMobile:
      return "mobile";
    case PersonalDataKind::kBankCard:
      return "bank_card";
    case PersonalDataKind::kPassport:
      return "passport";
    case PersonalDataKind::kHkMacaoPermit:
      return "hk_macao_permit";
  }
  return "unknown";
}

std::string_view PersonalDataKindLabel(PersonalDataKind kind) {
  switch (kind) {
    case PersonalDataKind::kIdCard:
      return "身份证号";
    case PersonalDataKind::kMobile:
      return "手机号";
    case PersonalDataKind::kBankCard:
      return "银行卡号";
    case PersonalDataKind::kPassport:
      return "护照号";
    case PersonalDataKind::kHkMacaoPermit:
      return "港澳通行证号";
  }
  return "个人信息";
}

char IdCardCheckDigit(std::string_view first17) {
  static constexpr std::array<int, 17> kWeights = {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                   3, 7, 9,  10, 5, 8, 4, 2};
  static constexpr char kCheck[] = "10X98765432";
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheck[sum % 11];
}

bool IsKnownRegionCode(std::string_view code) {
  if (code.size() < 4 || !AllDigits(code.substr(0, 4))) return false;
  return RegionPrefixes().test(static_cast<size_t>(Num(code.substr(0, 4))));
}

bool IsValidIdCard(std::string_view id, Date today) {
  if (id.size() == 18) {
    if (!AllDigits(id.substr(0, 17))) return false;
    char check = id[17] == 'x' ? 'X' : id[17];
    if (IdCardCheckDigit(id.substr(0, 17)) != check) return false;
    if (!IsKnownRegionCode(id)) return false;
    return PlausibleBirthDate(Num(id.substr(6, 4)), Num(id.substr(10, 2)), Num(id.substr(12, 2)),
                              today);
  }
  if (id.size() == 15) {
    // GB 11643-1989: region, YYMMDD (19YY), sequence; no check digit.
    if (!AllDigits(id) || !IsKnownRegionCode(id)) return false;
    return PlausibleBirthDate(1900 + Num(id.substr(6, 2)), Num(id.substr(8, 2)),
                              Num(id.substr(10, 2)), today);
  }
  return false;
}

bool LuhnValid(std::string_view digits) {
  if (!AllDigits(digits)) return false;
  int sum = 0;
  bool twice = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

bool IsValidBankCard(std::string_view d) {
  if (d.size() < 16 || d.size() > 19 || !LuhnValid(d)) return false;
  const int p2 = Num(d.substr(0, 2));
  const int p4 = Num(d.substr(0, 4));
  if (p2 == 62 || p2 == 60) return true;                    // UnionPay and its domestic debit BINs.
  if (p4 == 9558 || p4 == 9559 || p4 == 9555) return true;  // Old 19-digit bank debit cards.
  if (d.size() != 16) return false;
  if (d[0] == '4') return true;               // Visa (many Chinese co-branded cards).
  if (p2 >= 51 && p2 <= 55) return true;      // Mastercard.
  if (p4 >= 2221 && p4 <= 2720) return true;  // Mastercard 2-series.
  return p4 >= 3528 && p4 <= 3589;            // JCB.
}

bool IsValidMobile(std::string_view d) {
  if (d.size() != 11 || !AllDigits(d) || d[0] != '1') return false;
  // Number blocks allocated by MIIT to mobile networks (incl. virtual ones).
  switch (d[1]) {
    case '3':
    case '8':
      return true;
    case '4':
      return d[2] >= '5' && d[2] <= '9';
    case '5':
      return d[2] != '4';
    case '6':
      return d[2] == '2' || d[2] == '5' || d[2] == '6' || d[2] == '7';
    case '7':
      return d[2] != '9';
    case '9':
      return d[2] != '4';
    default:
      return false;
  }
}

bool IsValidCreditCode(std::string_view code) {
  static constexpr std::string_view kChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                   29, 25, 13, 8,  24, 10, 30, 28};
  if (code.size() != 18) return false;
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    size_t v = kChars.find(code[i]);
    if (v == std::string_view::npos) return false;
    sum += static_cast<int>(v) * kWeights[i];
  }
  int check = (31 - sum % 31) % 31;
  return code[17] == kChars[static_cast<size_t>(check)];
}

void FindPersonalData(std::string_view text, const RecognizerOptions& options,
                      std::vector<PersonalDataMatch>* out) {
  const Date today = ResolveToday(options);
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (!IsAlnum(text[i])) {
      ++i;
      continue;
    }
    size_t begin = i;
    bool has_digit = false;
    while (i < n && IsAlnum(text[i])) has_digit |= IsDigit(text[i++]);
    const size_t len = i - begin;
    if (!has_digit || len < 9 || len > 19) continue;
    const char before = begin > 0 ? text[begin - 1] : ' ';
    const char after = i < n ? text[i] : ' ';
    // Already masked ("3607**********1234", "138****5678").
    if (before == '*' || after == '*') continue;
    // Part of a decimal or grouped number ("13812345678.50", "1,234,567").
    auto digit_at = [&](size_t k) { return k < n && IsDigit(text[k]); };
    if ((before == '.' || before == ',') && begin >= 2 && IsDigit(text[begin - 2])) continue;
    if ((after == '.' || after == ',') && digit_at(i + 1)) continue;
    Classify(text.substr(begin, len), begin, today, out);
  }
}

std::optional<PersonalDataMatch> FindIdentifierWithLostDigits(std::string_view d,
                                                              const RecognizerOptions& options) {
  if (d.size() < 16 || d.size() > 19 || !AllDigits(d)) return std::nullopt;
  PersonalDataMatch m;
  m.begin = 0;
  m.end = d.size();
  m.value = std::string(d);
  if (d.size() == 18 && IsKnownRegionCode(d) &&
      PlausibleBirthDate(Num(d.substr(6, 4)), Num(d.substr(10, 2)), Num(d.substr(12, 2)),
                         ResolveToday(options))) {
    m.kind = PersonalDataKind::kIdCard;
    m.confidence = 0.6;
    return m;
  }
  const int p2 = Num(d.substr(0, 2));
  const int p4 = Num(d.substr(0, 4));
  if (p2 == 62 || p2 == 60 || p4 == 9558 || p4 == 9559 || p4 == 9555) {
    m.kind = PersonalDataKind::kBankCard;
    m.confidence = 0.5;
    m.needs_context = true;
    return m;
  }
  return std::nullopt;
}

size_t SignificantDigits(std::string_view digits) {
  size_t last = digits.find_last_not_of('0');
  return last == std::string_view::npos ? 0 : last + 1;
}

std::string MaskIdentifier(std::string_view value, size_t keep_last) {
  std::string out;
  AppendMaskedIdentifier(value, &out, keep_last);
  return out;
}

void AppendMaskedIdentifier(std::string_view value, std::string* out, size_t keep_last) {
  const size_t chars = CountCodePoints(value);
  out->append(chars > keep_last ? chars - keep_last : 0, '*');
  out->append(LastCodePoints(value, keep_last));
}

}  // namespace govmon
