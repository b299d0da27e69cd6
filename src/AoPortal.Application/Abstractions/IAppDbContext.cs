using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Abstractions;

/// <summary>The database as the use cases see it.</summary>
public interface IAppDbContext
{
    DbSet<School> Schools { get; }
    DbSet<Candidate> Candidates { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<EligibilityPolicy> EligibilityPolicies { get; }
    DbSet<PlanTemplate> PlanTemplates { get; }
    DbSet<AssessmentPlan> AssessmentPlans { get; }
    DbSet<AssessmentRecord> AssessmentRecords { get; }
    DbSet<Domain.Evidence.EvidenceItem> EvidenceItems { get; }
    DbSet<Domain.Recommendations.Recommendation> Recommendations { get; }
    DbSet<Domain.Recommendations.RegisterExport> RegisterExports { get; }
    DbSet<Domain.Notifications.Notification> Notifications { get; }
    DbSet<FormSubmission> FormSubmissions { get; }

    /// <summary>
    /// The context itself, for the queries of the pages read most, compiled once with <c>EF.CompileAsyncQuery</c>: a
    /// query written inline is built as an expression tree, searched for its parameters and looked up in EF's cache on
    /// every run, about 0.1 ms of processor time each (ADR-018).
    /// </summary>
    DbContext Context { get; }

    /// <summary>
    /// Saves tracked changes. A row someone else changed since it was read fails with a
    /// <see cref="Domain.Common.DomainRuleException"/> that says so, and nothing is saved.
    /// </summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs work that saves more than once (an account, then a record) in one transaction.</summary>
    Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken);

    /// <summary>Makes the next save fail if the entity's stored version is no longer <paramref name="expectedVersion"/>.</summary>
    void ExpectVersion<TEntity>(TEntity entity, Guid expectedVersion) where TEntity : class;
}
