using AoPortal.Domain.Common;

namespace AoPortal.Domain.Assessments;

/// <summary>Where a milestone stands on a given day.</summary>
public enum MilestoneState
{
    Done,
    Overdue,
    Due,
    Paused,
}

/// <summary>A step in a candidate's plan with its due date. Part of the plan; changed only through the plan's methods.</summary>
public sealed class Milestone
{
    private Milestone() { }

    internal Milestone(Guid id, MilestoneKind kind, string title, DateOnly dueDate)
    {
        Id = id;
        Kind = kind;
        Title = Guard.Required(title, "Enter the milestone's title", 100);
        DueDate = dueDate;
    }

    public Guid Id { get; private set; }
    public MilestoneKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly DueDate { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public string? CompletedByName { get; private set; }
    public string? Note { get; private set; }

    public bool IsDone => CompletedOn is not null;

    internal void MoveTo(DateOnly dueDate) => DueDate = dueDate;

    internal void Complete(DateOnly on, string byName, string? note)
    {
        CompletedOn = on;
        CompletedByName = byName;
        Note = note;
    }
}
