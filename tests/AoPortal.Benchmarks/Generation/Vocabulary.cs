using AoPortal.Domain.Applications;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;

namespace AoPortal.Benchmarks.Generation;

/// <summary>The fixed word lists the generator draws from (Bogus gives the names and places).</summary>
public static class Vocabulary
{
    public static readonly string[] PrimaryRanges = ["3-7", "5-11", "5-11", "7-11"];
    public static readonly string[] SecondaryRanges = ["11-16", "11-16", "11-18", "14-19"];

    public static readonly string[] SecondarySubjects =
        ["Mathematics", "English", "Physics", "Chemistry", "Biology", "History", "Geography", "Computing", "Modern foreign languages", "Art and design"];

    public static readonly string[] PrimaryFocusSubjects = ["Mathematics", "English", "Phonics", "Science", "Geography"];

    public static readonly string[] Countries = ["Spain", "Portugal", "United Arab Emirates", "Qatar", "Hong Kong", "Thailand"];
    public static readonly string[] Degrees = ["History", "English Literature", "Mathematics", "Biology", "Psychology", "Geography", "Chemistry", "Music", "Sociology"];
    public static readonly string[] Universities = ["University of Leeds", "University of Bristol", "University of Manchester", "Cardiff University", "University of York", "Open University"];

    public static readonly string[] Strengths =
    [
        "Clear modelling with worked examples, then well-chosen practice.",
        "Calm, purposeful room with established routines.",
        "Questioning drew out misconceptions early.",
        "Resources well adapted for the pupils with SEND.",
        "Pupils explained their reasoning to a partner before writing.",
    ];

    public static readonly string[] Targets =
    [
        "Check the understanding of the whole class before moving on.",
        "Give the pupils who finish early a problem that stretches them.",
        "Use the last five minutes to find out what each pupil has learnt.",
        "Plan the transitions so that less time is lost between tasks.",
    ];

    public static readonly string[] Topics = ["Safeguarding", "Adaptive teaching", "Curriculum progression", "Educational theory", "Working with parents", "Assessment"];

    public static readonly string[] EvidenceTitles =
        ["Lesson plan", "Pupils' work sample", "Assessment data analysis", "CPD certificate", "Letter to parents", "Mentor's observation notes", "Scheme of work", "Marking sample"];

    /// <summary>The year groups of a key stage, to observe lessons in.</summary>
    public static YearGroup[] YearsOf(KeyStage stage) => stage switch
    {
        KeyStage.EarlyYears => [YearGroup.Reception],
        KeyStage.KeyStage1 => [YearGroup.Year1, YearGroup.Year2],
        KeyStage.KeyStage2 => [YearGroup.Year3, YearGroup.Year4, YearGroup.Year5, YearGroup.Year6],
        KeyStage.KeyStage3 => [YearGroup.Year7, YearGroup.Year8, YearGroup.Year9],
        KeyStage.KeyStage4 => [YearGroup.Year10, YearGroup.Year11],
        _ => [YearGroup.Year12, YearGroup.Year13],
    };

    /// <summary>
    /// Two key stages next to each other that a recommendation for the range accepts: the first two it covers, or for a
    /// range inside one key stage (7 to 11), that one and the one below.
    /// </summary>
    public static (KeyStage First, KeyStage Second) ConsecutiveStages(AgeRange range)
    {
        var stages = range.KeyStages;
        return stages.Count >= 2 ? (stages[0], stages[1]) : (stages[0], stages[0] == KeyStage.EarlyYears ? stages[0] + 1 : stages[0] - 1);
    }
}
