using Medk.Core.Common;

namespace Medk.Core.Platform.Access;

/// <summary>A curator's school, often under a contract (договор) with a number and dates.</summary>
public class CuratorAssignment
{
    public const int ContractNumberMaxLength = 50;

    private CuratorAssignment()
    {
    }

    public CuratorAssignment(Guid curatorUserId, int schoolId, string? contractNumber = null, DateOnly? contractDate = null)
    {
        if (contractNumber is { Length: > ContractNumberMaxLength })
        {
            throw new DomainException($"Номер договора длиннее {ContractNumberMaxLength} символов.");
        }
        CuratorUserId = curatorUserId;
        SchoolId = schoolId;
        ContractNumber = string.IsNullOrWhiteSpace(contractNumber) ? null : contractNumber.Trim();
        ContractDate = contractDate;
    }

    public int Id { get; private set; }
    public Guid CuratorUserId { get; private set; }
    public int SchoolId { get; private set; }
    public string? ContractNumber { get; private set; }
    public DateOnly? ContractDate { get; private set; }
}
