namespace AoPortal.Domain.Recommendations;

/// <summary>Why a candidate left the route before its end: structured, so reports can count them.</summary>
public enum WithdrawalReason
{
    PersonalCircumstances,
    Health,
    LeftEmployment,
    SchoolWithdrewSupport,
    UnlikelyToMeetStandards,
    ChoseAnotherRoute,
    Other,
}

public static class WithdrawalReasonNames
{
    public static string DisplayName(this WithdrawalReason reason) => reason switch
    {
        WithdrawalReason.PersonalCircumstances => "Personal circumstances",
        WithdrawalReason.Health => "Health",
        WithdrawalReason.LeftEmployment => "Left their teaching post",
        WithdrawalReason.SchoolWithdrewSupport => "The school withdrew its support",
        WithdrawalReason.UnlikelyToMeetStandards => "Unlikely to meet the standards in the time available",
        WithdrawalReason.ChoseAnotherRoute => "Chose another route to QTS",
        WithdrawalReason.Other => "Another reason",
        _ => reason.ToString(),
    };
}
