// Recognisers for personal identifiers that Chinese government pages leak:
// resident ID card numbers (GB 11643), mobile numbers, bank card numbers,
// passport and Hong Kong/Macao permit numbers, plus the masking that findings
// must apply before they show one. Pure functions, thread-safe.
//
// The recognisers judge the characters of a candidate alone (check digits,
// birth dates, region codes, number ranges); what surrounds it (labels such as
// 身份证号码, table headers, 订单号) is for the caller to weigh.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace govmon {

enum class PersonalDataKind { kIdCard, kMobile, kBankCard, kPassport, kHkMacaoPermit };

// Stable ids used as finding kinds: "id_card", "mobile", "bank_card",
// "passport", "hk_macao_permit".
std::string_view PersonalDataKindName(PersonalDataKind kind);
// Chinese label for reports: 身份证号, 手机号, 银行卡号, 护照号, 港澳通行证号.
std::string_view PersonalDataKindLabel(PersonalDataKind kind);

struct PersonalDataMatch {
  PersonalDataKind kind = PersonalDataKind::kIdCard;
  size_t begin = 0;  // Byte range in the scanned text.
  size_t end = 0;
  std::string value;  // The identifier as written there (digits and letters).
  // How sure the characters alone make it (0..1): a GB 11643 check digit is
  // strong evidence, eleven digits starting with 13 much less.
  double confidence = 0;
  // Passport and permit numbers look like many product and file codes; they
  // count only when a label or column header says what they are.
  bool needs_context = false;
  friend bool operator==(const PersonalDataMatch&, const PersonalDataMatch&) = default;
};

struct RecognizerOptions {
  // Birth dates after this day are implausible. Date() (1970) means "use
  // Date::Today()".
  Date today;
};

// Appends every identifier found in `text` to `out`, in text order. `text` is
// expected to be normalised (text/normalizer.h) with fold_width and
// join_digit_groups, so "１３８ 1234 5678" arrives as one run of digits.
// A candidate must fill a maximal run of ASCII letters and digits; runs next
// to '*' (already masked) or inside a decimal number are skipped.
void FindPersonalData(std::string_view text, const RecognizerOptions& options,
                      std::vector<PersonalDataMatch>* out);

// GB 11643-1999 check digit ('0'-'9' or 'X') of the first 17 digits.
// REQUIRES: first17 is 17 ASCII digits.
char IdCardCheckDigit(std::string_view first17);
// True for a well-formed 18-digit (valid check digit) or 15-digit number with
// a known region code and a birth date between 1900-01-01 and `today`.
bool IsValidIdCard(std::string_view id, Date today);
// True when the first six digits start with a province and prefecture code of
// GB/T 2260, current or historical.
bool IsKnownRegionCode(std::string_view code);
// Luhn (ISO/IEC 7812) checksum over a string of ASCII digits.
bool LuhnValid(std::string_view digits);
// True when a 16-19 digit number passes Luhn and starts with an issuer prefix
// used for cards in China (UnionPay 62/60/9558…, Visa, Mastercard, JCB).
bool IsValidBankCard(std::string_view digits);
// True for an 11-digit number in a mainland mobile number block.
bool IsValidMobile(std::string_view digits);
// GB 32100-2015 统一社会信用代码 check character.
bool IsValidCreditCode(std::string_view code);

// Excel keeps 15 significant digits of a number, so an ID card or bank card
// number typed into a cell as a number has lost its last digits: 18-digit
// 360702198001011234 is stored as 360702198001011000, and no check digit or
// Luhn sum can be verified. Given the digits of a cell stored as a number
// (16 or more ASCII digits, more than Excel keeps), returns the identifier they
// may be, judged by what survives: an 18-digit number whose first 14 digits
// hold a known region code and a plausible birth date (kIdCard, confidence
// 0.6), or 16-19 digits with a bank card issuer prefix (kBankCard,
// needs_context). begin/end span `digits`. nullopt otherwise.
std::optional<PersonalDataMatch> FindIdentifierWithLostDigits(std::string_view digits,
                                                              const RecognizerOptions& options);
// How many leading digits of a number stored in a spreadsheet are
// significant: its length without trailing zeros ("360702198001011000" → 15).
size_t SignificantDigits(std::string_view digits);

// Replaces all but the last `keep_last` characters (code points) with '*':
// "11010519491231002X" → "**************002X".
std::string MaskIdentifier(std::string_view value, size_t keep_last = 4);
// The same, appended to `out`.
void AppendMaskedIdentifier(std::string_view value, std::string* out, size_t keep_last = 4);

}  // namespace govmon
