namespace AoPortal.Domain.Applications;

public enum SectionStatus
{
    NotStarted,
    InProgress,
    Completed,
}
