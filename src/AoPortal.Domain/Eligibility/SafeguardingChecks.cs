using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Eligibility;

/// <summary>
/// The checks only the provider makes: the enhanced DBS certificate with barred list (its number and issue date,
/// and who saw it, never a copy), the prohibition-from-teaching check, and an overseas conduct check where the
/// candidate lived abroad. Visible to admins and moderators only.
/// </summary>
public sealed class SafeguardingChecks
{
    private SafeguardingChecks() { }

    public SafeguardingChecks(string dbsCertificateNumber, DateOnly dbsIssueDate, string dbsSeenBy, DateOnly prohibitionCheckDate, string? overseasConductCheck, DateOnly today)
    {
        DbsCertificateNumber = Guard.Required(dbsCertificateNumber, "Enter the DBS certificate number", 50);
        if (!DbsCertificateNumber.All(char.IsAsciiDigit) || DbsCertificateNumber.Length != 12)
            throw new DomainRuleException("The DBS certificate number must be 12 digits", nameof(DbsCertificateNumber));
        DbsIssueDate = ApplicationDates.Past(dbsIssueDate, today, "The DBS issue date", nameof(DbsIssueDate));
        DbsSeenBy = Guard.Required(dbsSeenBy, "Enter who saw the DBS certificate", 100);
        ProhibitionCheckDate = ApplicationDates.Past(prohibitionCheckDate, today, "The prohibition check date", nameof(ProhibitionCheckDate));
        OverseasConductCheck = Guard.Optional(overseasConductCheck, 500, "Overseas conduct check");
    }

    public string DbsCertificateNumber { get; private set; } = "";
    public DateOnly DbsIssueDate { get; private set; }
    public string DbsSeenBy { get; private set; } = "";
    public DateOnly ProhibitionCheckDate { get; private set; }
    public string? OverseasConductCheck { get; private set; }
}
