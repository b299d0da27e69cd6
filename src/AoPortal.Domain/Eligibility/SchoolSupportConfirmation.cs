using AoPortal.Domain.Common;

namespace AoPortal.Domain.Eligibility;

/// <summary>The school lead's statement that the employing school supports the assessment, with the in-school mentor.</summary>
public sealed class SchoolSupportConfirmation
{
    private SchoolSupportConfirmation() { }

    public SchoolSupportConfirmation(string statement, string mentorName, Guid? confirmedById, string confirmedByName, DateTime confirmedAt)
    {
        Statement = Guard.Required(statement, "Enter the school's statement of support", 2000);
        MentorName = Guard.Required(mentorName, "Enter the name of the candidate's mentor in school", 100);
        ConfirmedById = confirmedById;
        ConfirmedByName = confirmedByName;
        ConfirmedAt = Guard.Utc(confirmedAt);
    }

    public string Statement { get; private set; } = "";
    public string MentorName { get; private set; } = "";
    public Guid? ConfirmedById { get; private set; }
    public string ConfirmedByName { get; private set; } = "";
    public DateTime ConfirmedAt { get; private set; }
}
