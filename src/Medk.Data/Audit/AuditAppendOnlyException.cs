namespace Medk.Data.Audit;

/// <summary>Thrown when code tries to change or delete a line of the audit journal: the journal is only ever added to.</summary>
public sealed class AuditAppendOnlyException()
    : InvalidOperationException("Журнал аудита только дополняется: его записи нельзя изменить или удалить.");
