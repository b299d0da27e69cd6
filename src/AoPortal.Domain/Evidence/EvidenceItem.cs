using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Standards;

namespace AoPortal.Domain.Evidence;

/// <summary>One submission of an item: its files, or for a reflective assignment its written answer, and what changed.</summary>
public sealed class EvidenceVersion
{
    private List<EvidenceFile> _files = [];

    private EvidenceVersion() { }

    internal EvidenceVersion(int number, IEnumerable<EvidenceFile> files, string? answer, string? note, DateTime submittedAt)
    {
        Number = number;
        _files = files.ToList();
        Answer = answer;
        Note = note;
        SubmittedAt = submittedAt;
    }

    public int Number { get; private set; }
    public IReadOnlyList<EvidenceFile> Files => _files;

    /// <summary>A reflective assignment's answer, written in the portal.</summary>
    public string? Answer { get; private set; }

    /// <summary>What the candidate says this version changes; null for the first.</summary>
    public string? Note { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public bool HasPassedScan => _files.All(f => f.Scan == ScanResult.Clean);
}

/// <summary>A reviewer's decision on a version: accepted, or more requested with feedback and an optional date to answer by.</summary>
public sealed record EvidenceReview(int VersionNumber, EvidenceStatus Outcome, string? Feedback, DateOnly? DueBy, string ByName, DateTime At);

/// <summary>
/// A portfolio item: what it is, the day it comes from, and the standards or points it evidences; its versions (earlier
/// ones kept) and the reviews of them. The candidate confirms pupils' personal data is removed. Reviewers see an item
/// only once every file of its latest version has passed the malware scan. Every change returns its audit entry,
/// recorded on the candidate.
/// </summary>
public sealed class EvidenceItem
{
    public const int MaxFilesPerVersion = 10;
    private List<EvidenceVersion> _versions = [];
    private List<EvidenceReview> _reviews = [];

    private EvidenceItem() { }

    public Guid Id { get; private set; }
    public Guid CandidateId { get; private set; }
    public string Title { get; private set; } = "";
    public EvidenceKind Kind { get; private set; }
    public DateOnly Date { get; private set; }
    public string? Description { get; private set; }

    /// <summary>For a reflective assignment, the provider's prompt it answers.</summary>
    public string? Prompt { get; private set; }

    /// <summary>The standards and points it evidences, comma-separated in the catalogue's codes ("TS1,TS5b").</summary>
    public string Standards { get; private set; } = "";

    public IReadOnlyList<string> StandardList => CodesIn(Standards);
    public EvidenceStatus Status { get; private set; }
    public IReadOnlyList<EvidenceVersion> Versions => _versions;
    public IReadOnlyList<EvidenceReview> Reviews => _reviews;

    /// <summary>When the latest version was submitted: the review queue's order.</summary>
    public DateTime LatestSubmittedAt { get; private set; }

    public Guid Version { get; private set; }

    public EvidenceVersion Latest => _versions[^1];
    public bool IsVisibleToReviewers => Latest.HasPassedScan;

    /// <summary>The codes in a <see cref="Standards"/> value, which keeps them comma-separated.</summary>
    public static IReadOnlyList<string> CodesIn(string standards) => standards.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The candidate adds an item. It needs a title, a date that has happened, at least one standard or point, the
    /// confirmation that pupils' personal data is removed, and files, or for a reflective assignment the written answer.
    /// </summary>
    public static (EvidenceItem Item, AuditEntry Audit) Add(
        Guid candidateId, EvidenceKind kind, string title, DateOnly date, string? description, string? prompt, IEnumerable<string> standards,
        bool pupilDataRemoved, IReadOnlyList<EvidenceFile> files, string? answer, Actor candidate, DateTime now, DateOnly today)
    {
        if (!pupilDataRemoved) throw new DomainRuleException("Confirm that you have removed pupils' personal data", "PupilDataRemoved");
        if (date > today) throw new DomainRuleException("The date must be today or in the past", nameof(Date));
        if (date < Applications.ApplicationDates.Earliest) throw new DomainRuleException("The date must be in 1950 or later", nameof(Date));
        var item = new EvidenceItem
        {
            Id = Guid.NewGuid(),
            CandidateId = candidateId,
            Kind = kind,
            Title = Guard.Required(title, "Enter a title", 200),
            Date = date,
            Description = Guard.Optional(description, 4000, "Description"),
            Prompt = kind == EvidenceKind.ReflectiveAssignment ? Guard.Required(prompt, "Select the assignment you are answering", 500) : null,
            Standards = CheckedStandards(standards),
            Status = EvidenceStatus.AwaitingReview,
        };
        item._versions.Add(item.CheckedVersion(1, files, answer, null, now));
        item.LatestSubmittedAt = Guard.Utc(now);
        item.Version = Guid.NewGuid();
        return (item, item.Audited(candidate, now, "Evidence added", $"{item.Title} ({item.Kind.DisplayName()})"));
    }

    /// <summary>The candidate answers a request for more with a new version; the earlier ones are kept.</summary>
    public AuditEntry AddVersion(IReadOnlyList<EvidenceFile> files, string? answer, string? note, Actor candidate, DateTime now)
    {
        if (Status != EvidenceStatus.MoreRequested)
            throw new DomainRuleException("You can add a new version when your assessor asks for more evidence");
        var version = CheckedVersion(_versions.Count + 1, files, answer, Guard.Required(note, "Say what this version changes", 2000), now);
        _versions.Add(version);
        Status = EvidenceStatus.AwaitingReview;
        LatestSubmittedAt = Guard.Utc(now);
        return Changed(candidate, now, "Evidence resubmitted", $"{Title}: version {version.Number}. {version.Note}");
    }

    public AuditEntry Accept(Actor reviewer, DateTime now)
    {
        EnsureReviewable();
        Status = EvidenceStatus.Accepted;
        _reviews.Add(new EvidenceReview(Latest.Number, EvidenceStatus.Accepted, null, null, reviewer.Name, Guard.Utc(now)));
        return Changed(reviewer, now, "Evidence accepted", $"{Title}, version {Latest.Number}");
    }

    public AuditEntry RequestMore(string feedback, DateOnly? dueBy, Actor reviewer, DateTime now, DateOnly today)
    {
        EnsureReviewable();
        var text = Guard.Required(feedback, "Enter feedback saying what more is needed", 4000);
        if (dueBy is { } due && due < today) throw new DomainRuleException("The date to answer by must be today or in the future", "DueBy");
        Status = EvidenceStatus.MoreRequested;
        _reviews.Add(new EvidenceReview(Latest.Number, EvidenceStatus.MoreRequested, text, dueBy, reviewer.Name, Guard.Utc(now)));
        return Changed(reviewer, now, "More evidence requested", $"{Title}, version {Latest.Number}. {text}");
    }

    /// <summary>Records the scanner's verdict on one of the latest version's files.</summary>
    public void RecordScan(Guid fileId, ScanResult result)
    {
        var file = Latest.Files.FirstOrDefault(f => f.Id == fileId) ?? throw new DomainRuleException("That file is not in the latest version");
        file.Scanned(result);
        Version = Guid.NewGuid();
    }

    private EvidenceVersion CheckedVersion(int number, IReadOnlyList<EvidenceFile> files, string? answer, string? note, DateTime now)
    {
        if (Kind == EvidenceKind.ReflectiveAssignment)
        {
            var text = Guard.Required(answer, "Write your answer to the assignment", 20000);
            return new EvidenceVersion(number, files, text, note, Guard.Utc(now));
        }

        if (files.Count == 0) throw new DomainRuleException("Upload at least one file", "Files");
        if (files.Count > MaxFilesPerVersion) throw new DomainRuleException($"Upload no more than {MaxFilesPerVersion} files at a time", "Files");
        return new EvidenceVersion(number, files, null, note, Guard.Utc(now));
    }

    private void EnsureReviewable()
    {
        if (Status != EvidenceStatus.AwaitingReview) throw new DomainRuleException($"This item is {Text.LowerFirst(Status.DisplayName())}, not awaiting review");
        if (!IsVisibleToReviewers) throw new DomainRuleException("This item's files have not passed the malware scan yet");
    }

    private static string CheckedStandards(IEnumerable<string> codes)
    {
        var catalogue = StandardsCatalogue.Current;
        var list = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (list.Count == 0) throw new DomainRuleException("Select at least one standard or point this evidences", nameof(Standards));
        if (list.FirstOrDefault(c => catalogue.JudgedStandardOf(c) is null) is { } unknown)
            throw new DomainRuleException($"'{unknown}' is not one of the Teachers' Standards", nameof(Standards));
        return string.Join(',', list);
    }

    private AuditEntry Changed(Actor actor, DateTime now, string action, string detail)
    {
        Version = Guid.NewGuid();
        return Audited(actor, now, action, detail);
    }

    private AuditEntry Audited(Actor actor, DateTime now, string action, string detail) =>
        AuditEntry.Record(actor, now, nameof(Candidate), CandidateId, action, detail);
}
