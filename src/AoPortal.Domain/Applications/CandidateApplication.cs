namespace AoPortal.Domain.Applications;

/// <summary>
/// What the candidate tells the provider in their application. Part of the <see cref="Candidates.Candidate"/>
/// aggregate, changed only through the candidate's methods, which refuse changes once it is submitted.
/// </summary>
public sealed class CandidateApplication
{
    private List<GcseResult> _gcses = [];
    private List<ExperienceEntry> _experience = [];
    private List<ApplicationDocument> _documents = [];

    public PersonalDetails? PersonalDetails { get; private set; }
    public Degree? Degree { get; private set; }
    // EF identifies items of a JSON list by their position, so the stored lists keep the order items were added
    // (a changed item is replaced in place) and are sorted only when read.
    public IReadOnlyList<GcseResult> Gcses => _gcses.OrderBy(g => g.Subject).ToList();
    public IReadOnlyList<ExperienceEntry> Experience => _experience.OrderByDescending(e => e.StartDate).ToList();

    /// <summary>Uploaded certificates, at most one of each kind.</summary>
    public IReadOnlyList<ApplicationDocument> Documents => _documents.OrderBy(d => d.Kind).ToList();

    /// <summary>The candidate has said every post they want counted is listed.</summary>
    public bool ExperienceConfirmed { get; private set; }

    /// <summary>The candidate has checked the age range and subjects they will be assessed for.</summary>
    public bool IntendedAssessmentConfirmed { get; private set; }

    public Declarations? Declarations { get; private set; }

    /// <summary>The candidate has checked the employing school, or asked for theirs to be added.</summary>
    public bool SchoolConfirmed { get; private set; }

    /// <summary>A school the candidate works at that is not on the provider's list yet.</summary>
    public string? RequestedSchoolName { get; private set; }

    /// <summary>The provider's message when it last returned the application for changes.</summary>
    public string? ReturnMessage { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public GcseResult? Gcse(GcseSubject subject) => _gcses.Find(g => g.Subject == subject);

    public ApplicationDocument? Document(DocumentKind kind) => _documents.Find(d => d.Kind == kind);

    public ApplicationDocument? Document(Guid id) => _documents.Find(d => d.Id == id);

    internal void SetPersonalDetails(PersonalDetails details) => PersonalDetails = details;

    internal void SetDegree(Degree degree) => Degree = degree;

    internal void SetGcse(GcseResult result)
    {
        var index = _gcses.FindIndex(g => g.Subject == result.Subject);
        if (index >= 0) _gcses[index] = result;
        else _gcses.Add(result);
    }

    /// <summary>Adds the document, or replaces the one of the same kind in place; returns the one replaced.</summary>
    internal ApplicationDocument? AttachDocument(ApplicationDocument document)
    {
        var index = _documents.FindIndex(d => d.Kind == document.Kind);
        if (index < 0)
        {
            _documents.Add(document);
            return null;
        }

        var replaced = _documents[index];
        _documents[index] = document;
        return replaced;
    }

    internal void SaveExperience(ExperienceEntry entry)
    {
        var index = _experience.FindIndex(e => e.Id == entry.Id);
        if (index >= 0) _experience[index] = entry;
        else _experience.Add(entry);
        ExperienceConfirmed = false;
    }

    internal bool RemoveExperience(Guid entryId)
    {
        ExperienceConfirmed = false;
        return _experience.RemoveAll(e => e.Id == entryId) > 0;
    }

    internal void ConfirmExperience() => ExperienceConfirmed = true;

    internal void ConfirmIntendedAssessment() => IntendedAssessmentConfirmed = true;

    internal void SetDeclarations(Declarations declarations) => Declarations = declarations;

    internal void ConfirmSchool(string? requestedSchoolName)
    {
        RequestedSchoolName = requestedSchoolName;
        SchoolConfirmed = true;
    }

    internal void MarkReturned(string message) => ReturnMessage = message;

    internal void MarkSubmitted(DateTime now)
    {
        SubmittedAt = now;
        ReturnMessage = null;
    }
}
