using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Candidates;

namespace AoPortal.Web.Models.Candidates;

/// <summary>A candidate's record, with their account's state for the admin's invitation button.</summary>
public sealed record CandidateDetailsViewModel(GetCandidate.Result Candidate, AccountState Account);
