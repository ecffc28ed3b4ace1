using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Reporting;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Accounts;
using Medk.Data.Import;
using Medk.Documents;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Demo;

/// <summary>Demo data of the Platform slice: the organizations of the seed orders and the people who work in them.</summary>
public sealed partial class DemoData
{
    private async Task<Dictionary<string, Organization>> CreateOrganizationsAsync(CancellationToken ct)
    {
        var created = new Dictionary<string, Organization>();
        async Task<Organization> Add(OrganizationLevel level, OrganizationKind kind, string fullName, string shortName, Organization? parent, params string[] aliases)
        {
            var org = new Organization(level, kind, fullName, shortName, parent);
            org.SetAliases(aliases);
            db.Organizations.Add(org);
            await db.SaveChangesAsync(ct);
            org.AssignPath(parent?.Path);
            await db.SaveChangesAsync(ct);
            created[shortName] = org;
            return org;
        }

        const OrganizationLevel F = OrganizationLevel.Federal, R = OrganizationLevel.Region, M = OrganizationLevel.Municipality, S = OrganizationLevel.School;
        const OrganizationKind A = OrganizationKind.Authority, I = OrganizationKind.Institution, Sc = OrganizationKind.School;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rf = await Add(F, A, "Министерство просвещения Российской Федерации", "Минпросвещения России", null, "Минпросвещения", "Российская Федерация");
        await Add(F, I, "Федеральное государственное бюджетное учреждение «Федеральный институт оценки качества образования»", "ФИОКО", rf,
            "ФГБУ ФИОКО", "ФГБУ «ФИОКО»", "ФБГУ ФИОКО", "Рособразовательный центр «ФИОКО»");
        await Add(F, I, "Федеральная служба по надзору в сфере образования и науки", "Рособрнадзор", rf);

        // Seed 000: Забайкальский край, МР «Сретенский район».
        var zab = await Add(R, A, "Министерство образования и науки Забайкальского края", "Забайкальский край", rf, "Минобрнауки Забайкальского края");
        await Add(R, I, "ГУ ДПО «Институт развития образования Забайкальского края»", "ИРО Забайкальского края", zab, "ИРО", "ИРО ЗК");
        await Add(M, A, "Управление образованием администрации муниципального района «Сретенский район»", "МР «Сретенский район»", zab,
            "Управление образованием", "УО МР «Сретенский район»", "Сретенский район");

        // Seed 001: Свердловская область, ГО Первоуральск.
        var sverd = await Add(R, A, "Министерство образования и молодёжной политики Свердловской области", "Свердловская область", rf, "Минобразования Свердловской области");
        await Add(R, I, "ГАОУ ДПО СО «Институт развития образования»", "ИРО Свердловской области", sverd, "ИРО");
        var perv = await Add(M, A, "Управление образования городского округа Первоуральск", "ГО Первоуральск", sverd,
            "Управление образования", "УО", "Городской округ Первоуральск");
        await Add(M, I, "МАУ «Центр развития детей и молодёжи»", "Центр развития детей и молодёжи", perv,
            "методический отдел Центра развития детей и молодёжи", "Центр развития детей и молодежи");

        // Seed 002: Республика Калмыкия, КРИПКРО.
        var kalm = await Add(R, A, "Министерство образования и науки Республики Калмыкия", "Республика Калмыкия", rf,
            "МОиН РК", "МОиНРК", "МО и Н РК", "Министерство образования и науки РК");
        await Add(R, I, "БУ ДПО РК «Калмыцкий республиканский институт повышения квалификации работников образования»", "КРИПКРО", kalm,
            "БУ ДПО РК «КРИПКРО»", "БУ ДПО «Республиканский институт повышения квалификации работников образования»");
        await Add(R, I, "Республиканский центр оценки качества образования", "ЦОКО", kalm, "РЦОКО");
        var elista = await Add(M, A, "Управление образования Администрации города Элисты", "г. Элиста", kalm, "Город Элиста");
        await Add(S, Sc, "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 15»", "МБОУ «СОШ № 15»", elista, "СОШ № 15");
        var iki = await Add(M, A, "Отдел образования Ики-Бурульского районного муниципального образования", "Ики-Бурульское РМО", kalm, "Ики-Бурульский район");
        await Add(S, Sc, "МБОУ «Ики-Бурульская средняя общеобразовательная школа им. А. Пюрбеева»", "МБОУ «Ики-Бурульская СОШ им. А. Пюрбеева»", iki, "Ики-Бурульская СОШ");

        // Seed 003: Республика Бурятия, МО «Баунтовский эвенкийский район» and its schools.
        var bur = await Add(R, A, "Министерство образования и науки Республики Бурятия", "Республика Бурятия", rf, "МО и НРБ", "МОиН РБ", "Минобрнауки РБ");
        await Add(R, I, "ГАУ ДПО РБ «Бурятский республиканский институт образовательной политики»", "БРИОП", bur, "ГАУ ДПО РБ «БРИОП»");
        var baunt = await Add(M, A, "МКУ «Управление образования местной администрации МО «Баунтовский эвенкийский район»»", "МО «Баунтовский эвенкийский район»", bur,
            "РУО", "Управление образования", "МКУ «Управление образования»", "Баунтовский эвенкийский район");
        await Add(M, I, "Информационно-методический центр Управления образования МО «Баунтовский эвенкийский район»", "ИМЦ РУО", baunt, "ИМЦ", "ИАС РУО");
        await Add(S, Sc, "Муниципальное бюджетное общеобразовательное учреждение «Витимская средняя общеобразовательная школа»", "МБОУ «Витимская СОШ»", baunt, "Витимская СОШ");
        await Add(S, Sc, "Муниципальное бюджетное общеобразовательное учреждение «Маловская средняя общеобразовательная школа»", "МБОУ «Маловская СОШ»", baunt, "Маловская СОШ");
        await Add(S, Sc, "Муниципальное бюджетное общеобразовательное учреждение «Уакитская средняя общеобразовательная школа»", "МБОУ «Уакитская СОШ»", baunt, "Уакитская СОШ");
        await Add(S, Sc, "Муниципальное бюджетное общеобразовательное учреждение «Усть-Джигиндинская основная общеобразовательная школа»", "МБОУ «Усть-Джигиндинская ООШ»", baunt,
            "Усть-Джигиндинская ООШ", "МБОУ «Усть – Джигиндинская ООШ»");

        // Seed 004: Ярославская область and the five municipalities named in the order.
        var yar = await Add(R, A, "Департамент образования Ярославской области", "Ярославская область", rf, "Департамент образования ЯО");
        await Add(R, I, "ГАУ ДПО ЯО «Институт развития образования»", "ИРО Ярославской области", yar, "ИРО");
        await Add(M, A, "Департамент образования мэрии города Ярославля", "г. Ярославль", yar, "Городской округ город Ярославль");
        await Add(M, A, "Отдел образования администрации Борисоглебского муниципального района", "Борисоглебский МР", yar, "Борисоглебский район");
        await Add(M, A, "Управление образования администрации Гаврилов-Ямского муниципального района", "Гаврилов-Ямский МР", yar, "Гаврилов-Ямский район");
        await Add(M, A, "Управление образования администрации Ростовского муниципального района", "Ростовский МР", yar, "Ростовский район");
        await Add(M, A, "Управление образования администрации Угличского муниципального района", "Угличский МР", yar, "Угличский район");
        await transaction.CommitAsync(ct);
        return created;
    }

    /// <summary>People the seed roadmaps name as responsible, so that the importer can resolve them.</summary>
    private async Task AddPeopleAsync(Dictionary<string, Organization> byName, CancellationToken ct)
    {
        db.People.AddRange(
            new Person(byName["ГО Первоуральск"].Id, "Ефимова Ольга Александровна", "муниципальный координатор проекта «500+»"),
            new Person(byName["ИРО Свердловской области"].Id, "Жигулина М. Л.", "региональный куратор"),
            new Person(byName["МР «Сретенский район»"].Id, "Афанасьева И. И.", "заместитель начальника Управления образованием, муниципальный координатор"),
            new Person(byName["МО «Баунтовский эвенкийский район»"].Id, "Гомбоева Валентина Михайловна", "начальник Управления образования"));
        await db.SaveChangesAsync(ct);
    }
}
