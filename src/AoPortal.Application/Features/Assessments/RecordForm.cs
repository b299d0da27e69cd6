using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Standards;
using FluentValidation;

namespace AoPortal.Application.Features.Assessments;

/// <summary>One standard's row in an observation or discussion form; a row with no outcome is not part of the record.</summary>
public sealed class StandardRow
{
    public string Code { get; set; } = "";
    public StandardOutcome? Outcome { get; set; }
    public string? Comment { get; set; }
    public List<string> Points { get; set; } = [];
}

/// <summary>
/// The observation and discussion form: the lesson's details or the discussion's topics, and a row per standard.
/// One form serves drafting, changing a draft and amending a shared record (which needs a reason).
/// </summary>
public sealed class RecordForm
{
    public RecordKind Kind { get; set; }

    /// <summary>The record's version when the form was shown; empty for a new record.</summary>
    public Guid Version { get; set; }

    /// <summary>A new record's one-time form id (<see cref="Common.OncePerSubmission"/>): new each time the form is made.</summary>
    public Guid? SubmissionId { get; set; } = Guid.NewGuid();

    public DateParts Date { get; set; } = new();
    public string? School { get; set; }
    public YearGroup? YearGroup { get; set; }
    public string? Subject { get; set; }
    public string? Focus { get; set; }
    public string? ClassContext { get; set; }
    public string? Strengths { get; set; }
    public string? Targets { get; set; }
    public string? JointObserverName { get; set; }
    public List<string> Topics { get; set; } = [];
    public string? Notes { get; set; }
    public List<StandardRow> Standards { get; set; } = [];

    /// <summary>Needed only when amending a shared record.</summary>
    public string? AmendmentReason { get; set; }

    /// <summary>A blank form: a row for each standard, in the catalogue's order.</summary>
    public static RecordForm New(RecordKind kind) => new()
    {
        Kind = kind,
        Standards = StandardsCatalogue.Current.Judged.Select(s => new StandardRow { Code = s.Code }).ToList(),
    };

    /// <summary>The form filled from a record, to change or amend it.</summary>
    public static RecordForm From(AssessmentRecord record)
    {
        var content = record.Content;
        var lesson = content.Lesson;
        return new RecordForm
        {
            Kind = record.Kind,
            Version = record.Version,
            Date = DateParts.From(content.Date),
            School = lesson?.School,
            YearGroup = lesson?.YearGroup,
            Subject = lesson?.Subject,
            Focus = lesson?.Focus,
            ClassContext = lesson?.ClassContext,
            Strengths = lesson?.Strengths,
            Targets = lesson?.Targets,
            JointObserverName = lesson?.JointObserverName,
            Topics = content.TopicList.ToList(),
            Notes = content.Notes,
            Standards = StandardsCatalogue.Current.Judged.Select(s => content.JudgementOf(s.Code) is { } j
                ? new StandardRow { Code = s.Code, Outcome = j.Outcome, Comment = j.Comment, Points = j.PointList.ToList() }
                : new StandardRow { Code = s.Code }).ToList(),
        };
    }

    /// <summary>The content the domain takes, once the form is valid.</summary>
    public RecordContent ToContent()
    {
        var date = Date.AsDate!.Value;
        var standards = Standards.Where(s => s.Outcome is not null)
            .Select(s => new StandardJudgement(s.Code, s.Outcome!.Value, s.Comment, s.Points));
        return Kind == RecordKind.Observation
            ? RecordContent.Observation(date, new LessonDetails(School!, YearGroup!.Value, Subject!, Focus!, ClassContext, Strengths, Targets, JointObserverName), standards)
            : RecordContent.Discussion(date, Topics, Notes, standards);
    }

    public sealed class Validator : AbstractValidator<RecordForm>
    {
        public Validator(AssessmentOptions options)
        {
            RuleFor(f => f.Date).RealDate("The date");
            When(f => f.Kind == RecordKind.Observation, () =>
            {
                RuleFor(f => f.School).NotEmpty().WithMessage("Select the school where the lesson was");
                RuleFor(f => f.YearGroup).NotNull().WithMessage("Select the year group");
                RuleFor(f => f.Subject).RequiredText("Enter the subject of the lesson", "Subject", 100);
                RuleFor(f => f.Focus).RequiredText("Enter the focus of the lesson", "Focus", 500);
                RuleFor(f => f.ClassContext).MaximumLength(2000).WithMessage("Class context must be 2000 characters or fewer");
                RuleFor(f => f.Strengths).MaximumLength(4000).WithMessage("Strengths must be 4000 characters or fewer");
                RuleFor(f => f.Targets).MaximumLength(4000).WithMessage("Targets must be 4000 characters or fewer");
                RuleFor(f => f.JointObserverName).MaximumLength(100).WithMessage("Joint observer's name must be 100 characters or fewer");
            });
            When(f => f.Kind == RecordKind.ProfessionalDiscussion, () =>
            {
                RuleFor(f => f.Topics).NotEmpty().WithMessage("Select at least one topic")
                    .Must(topics => topics.All(options.Topics.Contains)).WithMessage("Select topics from the list");
                RuleFor(f => f.Notes).MaximumLength(8000).WithMessage("Notes must be 8000 characters or fewer");
            });
            RuleFor(f => f.Standards).Must(rows => rows.Any(r => r.Outcome is not null))
                .WithMessage("Judge at least one standard");
            RuleForEach(f => f.Standards).ChildRules(row =>
                row.RuleFor(r => r.Comment).MaximumLength(2000).WithMessage(r => $"The comment on {r.Code} must be 2000 characters or fewer"));
        }
    }
}
