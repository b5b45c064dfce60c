"""Phone numbers for call tasks, with ``phonenumbers`` (Google's libphonenumber metadata): stored as E.164,
shown in the national format for US numbers and the international format for any other."""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "US"  # the roster's numbers may omit +1


def phone_e164(text: str, region: str = DEFAULT_REGION) -> str | None:
    """"(608) 555-0100" -> "+16085550100"; None when it is not a possible, valid number."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.extension:
        e164 += f";ext={number.extension}"
    return e164


def format_phone(e164: str, region: str = DEFAULT_REGION) -> str:
    """How the adviser reads the number on a call task: "(608) 555-0100", "+44 20 7946 0958"."""
    if not e164:
        return ""
    main, _, ext = e164.partition(";ext=")
    try:
        number = phonenumbers.parse(main, region)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if phonenumbers.region_code_for_number(number) == region
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    text = phonenumbers.format_number(number, fmt)
    return f"{text} ext. {ext}" if ext else text
