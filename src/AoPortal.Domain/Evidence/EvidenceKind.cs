namespace AoPortal.Domain.Evidence;

/// <summary>What a portfolio item is (DOMAIN.md, "Portfolio").</summary>
public enum EvidenceKind
{
    LessonPlan,
    PupilsWork,
    AssessmentData,
    ReflectiveAssignment,
    CpdRecord,
    CommunicationWithParents,
    MentorObservation,
    Other,
}

/// <summary>Where an item stands with its reviewer.</summary>
public enum EvidenceStatus
{
    /// <summary>Submitted (or resubmitted with a new version) and waiting for review.</summary>
    AwaitingReview,

    Accepted,

    /// <summary>The reviewer asked for more; the candidate answers with a new version.</summary>
    MoreRequested,
}

/// <summary>Whether a file has passed the malware scan. Reviewers see an item only once every file of its latest version is clean.</summary>
public enum ScanResult
{
    Pending,
    Clean,
    Infected,
}

public static class EvidenceNames
{
    public static string DisplayName(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.LessonPlan => "Lesson plan",
        EvidenceKind.PupilsWork => "Sample of pupils' work",
        EvidenceKind.AssessmentData => "Assessment data",
        EvidenceKind.ReflectiveAssignment => "Reflective assignment",
        EvidenceKind.CpdRecord => "CPD record",
        EvidenceKind.CommunicationWithParents => "Communication with parents",
        EvidenceKind.MentorObservation => "Mentor observation",
        EvidenceKind.Other => "Other",
        _ => kind.ToString(),
    };

    public static string DisplayName(this EvidenceStatus status) => status switch
    {
        EvidenceStatus.AwaitingReview => "Awaiting review",
        EvidenceStatus.Accepted => "Accepted",
        EvidenceStatus.MoreRequested => "More evidence needed",
        _ => status.ToString(),
    };
}
