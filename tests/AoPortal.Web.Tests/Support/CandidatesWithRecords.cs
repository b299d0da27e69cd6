using System.Security.Cryptography;
using AoPortal.Application.Abstractions;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Web.Tests.Support;

/// <summary>A candidate in assessment with one record of every kind, and the id of each.</summary>
/// <param name="DocumentId">Their degree certificate (a PDF in the document store).</param>
/// <param name="ExperienceId">The first post in their application.</param>
/// <param name="MilestoneId">The first milestone of their plan, not yet done.</param>
/// <param name="ObservationId">A lesson observation, shared with them.</param>
/// <param name="DiscussionId">A professional discussion, shared with them.</param>
/// <param name="DraftId">A lesson observation still in draft.</param>
/// <param name="EvidenceItemId">A portfolio item with one PDF, scanned clean and accepted by their assessor.</param>
/// <param name="EvidenceFileId">That item's file.</param>
/// <param name="MoreRequestedItemId">Another item, with one PDF, scanned clean, for which their assessor asked for more.</param>
/// <param name="AwaitingReviewItemId">A third, with one PDF, scanned clean, waiting for review.</param>
public sealed record CandidateWithRecords(
    ReviewCandidate Candidate, Guid DocumentId, Guid ExperienceId, Guid MilestoneId,
    Guid ObservationId, Guid DiscussionId, Guid DraftId, Guid EvidenceItemId, Guid EvidenceFileId, Guid MoreRequestedItemId, Guid AwaitingReviewItemId)
{
    public Guid Id => Candidate.Id;
}

/// <summary>
/// Makes a <see cref="CandidateWithRecords"/> straight in the database through the domain's own methods, the way
/// <see cref="AssessmentCandidates"/> does: a complete application with a degree certificate, submitted, accepted, allocated
/// to Sam Assessor (unless told otherwise) and started two weeks ago; then the records and the portfolio items. The account
/// signs in with <see cref="TestAccounts.Password"/>.
/// </summary>
public static class CandidatesWithRecords
{
    public const string School = "Brookfield School";

    public static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8];

    public static async Task<CandidateWithRecords> CreateAsync(
        PortalFactory factory, string school = DemoAccounts.OakfieldPrimary, string assessorEmail = DemoAccounts.Assessor, string assessorName = "Sam Assessor")
    {
        var candidate = await ReviewCandidates.CreateAsync(factory, school, submit: false);
        var self = new Actor(candidate.UserId, candidate.FullName);
        var assessorId = await factory.UserIdAsync(assessorEmail);
        var assessor = new Actor(assessorId, assessorName);

        var certificate = await StorePdfAsync(factory);
        var documentId = Guid.NewGuid();
        await ReviewCandidates.ChangeAsync(factory, candidate.Id, (c, _, now) =>
        {
            c.AttachDocument(new ApplicationDocument(documentId, DocumentKind.DegreeCertificate, certificate, "degree.pdf", "application/pdf",
                Pdf.Length, Sha256(), now));
            return [c.Submit(self, now)];
        });
        await ReviewCandidates.AcceptAsync(factory, candidate.Id);
        await ReviewCandidates.ChangeAsync(factory, candidate.Id, (c, _, now) => [c.AllocateAssessor(assessorId, assessorName, ReviewCandidates.SetUpReviewer, now)]);

        var evidenceFile = await StorePdfAsync(factory);
        var secondFile = await StorePdfAsync(factory);
        var thirdFile = await StorePdfAsync(factory);
        return await factory.WithDbAsync(async db =>
        {
            var today = AssessmentCandidates.Today(factory);
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var stored = await db.Candidates.SingleAsync(c => c.Id == candidate.Id);
            var template = await db.PlanTemplates.AsNoTracking().OrderByDescending(t => t.Version).FirstAsync();
            var (plan, started) = stored.StartAssessment(template, today.AddDays(-14), new AgeRange(11, 16), ["Mathematics"], assessor, now, today);
            db.AssessmentPlans.Add(plan);
            db.AuditEntries.Add(started);

            // One lesson each: EF keeps a record's lesson as part of that record's document, so two records cannot share one.
            LessonDetails Lesson() => new(School, YearGroup.Year9, "Mathematics", "Equations", null, "Clear modelling", "Questioning", null);
            var observation = Record(db, plan, RecordContent.Observation(today.AddDays(-7), Lesson(), [new StandardJudgement("TS3", StandardOutcome.Met, null, [])]), assessor, now, today, share: true);
            var discussion = Record(db, plan, RecordContent.Discussion(today.AddDays(-5), ["Safeguarding"], "Talked through the school's procedures.",
                [new StandardJudgement("P2", StandardOutcome.Met, null, [])]), assessor, now, today, share: true);
            var draft = Record(db, plan, RecordContent.Observation(today.AddDays(-2), Lesson(), [new StandardJudgement("TS4", StandardOutcome.Met, null, [])]), assessor, now, today, share: false);

            var (item, file) = Evidence(db, candidate.Id, evidenceFile, "Lesson plan: equations", self, now, today);
            db.AuditEntries.Add(item.Accept(assessor, now));
            var (moreRequested, _) = Evidence(db, candidate.Id, secondFile, "Pupils' work: equations", self, now, today);
            db.AuditEntries.Add(moreRequested.RequestMore("Add the marked answers.", null, assessor, now, today));
            var (awaitingReview, _) = Evidence(db, candidate.Id, thirdFile, "Assessment data: equations", self, now, today);
            await db.SaveChangesAsync();

            return new CandidateWithRecords(candidate, documentId, stored.Application.Experience[0].Id,
                plan.Milestones.Where(m => m.CompletedOn is null).OrderBy(m => m.DueDate).First().Id,
                observation.Id, discussion.Id, draft.Id, item.Id, file.Id, moreRequested.Id, awaitingReview.Id);
        });
    }

    /// <summary>A signed-in client for the candidate.</summary>
    public static Task<PortalClient> SignedInAsync(PortalFactory factory, CandidateWithRecords candidate) =>
        factory.SignedInAsync(candidate.Candidate.Email, TestAccounts.Password);

    private static AssessmentRecord Record(
        global::AoPortal.Infrastructure.Persistence.AoPortalDbContext db, AssessmentPlan plan, RecordContent content, Actor assessor, DateTime now, DateOnly today, bool share)
    {
        var (record, audit) = AssessmentRecord.Draft(plan, content, [School], assessor, now, today);
        db.AssessmentRecords.Add(record);
        db.AuditEntries.Add(audit);
        if (share) db.AuditEntries.Add(record.Share(assessor, now));
        return record;
    }

    /// <summary>The candidate adds an item with one PDF, stored already; it passes the malware scan.</summary>
    private static (EvidenceItem Item, EvidenceFile File) Evidence(
        global::AoPortal.Infrastructure.Persistence.AoPortalDbContext db, Guid candidateId, string storedName, string title, Actor self, DateTime now, DateOnly today)
    {
        var file = new EvidenceFile(storedName, "evidence.pdf", "application/pdf", Pdf.Length, Sha256());
        var (item, added) = EvidenceItem.Add(candidateId, EvidenceKind.LessonPlan, title, today.AddDays(-3), null, null, ["TS4"],
            pupilDataRemoved: true, [file], null, self, now, today);
        item.RecordScan(file.Id, ScanResult.Clean);
        db.EvidenceItems.Add(item);
        db.AuditEntries.Add(added);
        return (item, file);
    }

    private static Task<string> StorePdfAsync(PortalFactory factory) =>
        factory.WithServicesAsync(async services =>
        {
            var storedName = Guid.NewGuid().ToString("N");
            using var content = new MemoryStream(Pdf, writable: false);
            await services.GetRequiredService<IDocumentStore>().SaveAsync(storedName, content, CancellationToken.None);
            return storedName;
        });

    private static string Sha256() => Convert.ToHexStringLower(SHA256.HashData(Pdf));
}
