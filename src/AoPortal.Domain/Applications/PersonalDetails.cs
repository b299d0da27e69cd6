using AoPortal.Domain.Common;

namespace AoPortal.Domain.Applications;

/// <summary>Who the candidate is, as their certificates and DBS check will show it.</summary>
public sealed class PersonalDetails
{
    private PersonalDetails() { }

    public const int MinimumAge = 18;

    public PersonalDetails(
        string legalFirstNames,
        string legalLastName,
        string? previousNames,
        DateOnly dateOfBirth,
        string phone,
        string address,
        string postcode,
        string? trn,
        string nationality,
        DateOnly today)
    {
        LegalFirstNames = Guard.Required(legalFirstNames, "Enter your first names", 100);
        LegalLastName = Guard.Required(legalLastName, "Enter your last name", 100);
        PreviousNames = Guard.Optional(previousNames, 200, "Previous names");
        DateOfBirth = ApplicationDates.Past(dateOfBirth, today, "Date of birth", nameof(DateOfBirth));
        if (dateOfBirth.AddYears(MinimumAge) > today)
            throw new DomainRuleException($"You must be at least {MinimumAge} to apply", nameof(DateOfBirth));
        Phone = Guard.Required(phone, "Enter your phone number", 30);
        Address = Guard.Required(address, "Enter your address", 300);
        Postcode = Guard.Required(postcode, "Enter your postcode", 20).ToUpperInvariant();
        // Any length is let through here so that the 7-digit rule gives the message, on the TRN field.
        Trn = Guard.Optional(trn, 50, "TRN");
        if (Trn is not null && !IsValidTrn(Trn)) throw new DomainRuleException("TRN must be 7 digits, like 1234567", nameof(Trn));
        Nationality = Guard.Required(nationality, "Enter your nationality", 100);
    }

    public string LegalFirstNames { get; private set; } = default!;
    public string LegalLastName { get; private set; } = default!;
    public string? PreviousNames { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public string Phone { get; private set; } = default!;
    public string Address { get; private set; } = default!;
    public string Postcode { get; private set; } = default!;
    public string? Trn { get; private set; }
    public string Nationality { get; private set; } = default!;

    public static bool IsValidTrn(string? trn) => trn is { Length: 7 } && trn.All(char.IsAsciiDigit);
}
