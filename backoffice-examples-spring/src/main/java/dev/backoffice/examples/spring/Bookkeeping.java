package dev.backoffice.examples.spring;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The host's bookkeeping service: journal entries by account code, and the trial balance. */
@Service
public class Bookkeeping {

    private final BackOffice backOffice;

    public Bookkeeping(BackOffice backOffice) {
        this.backOffice = backOffice;
    }

    /** An entry as the API receives it: accounts by code, amounts as decimal text. */
    public record EntryRequest(LocalDate date, String description, String reference, String idempotencyKey,
                               List<LineRequest> lines) {
    }

    public record LineRequest(String account, Side side, String amount, String currency) {
    }

    /** A posted entry as the API answers it. */
    public record PostedEntry(String id, LocalDate date, String description, String status, String postedBy,
                              List<PostedLine> lines) {
    }

    public record PostedLine(String account, Side side, String amount, String currency) {
    }

    public record TrialBalanceView(boolean balanced, List<Row> rows, List<Total> totals) {
        public record Row(String code, String name, String debit, String credit, String currency) {
        }

        public record Total(String currency, String debit, String credit) {
        }
    }

    /** Posts the entry; an unknown account code is refused with {@code ledger.account.not_found}. */
    @Transactional
    public PostedEntry post(Actor actor, EntryRequest request) {
        NewJournalEntry.Builder entry = NewJournalEntry.on(request.date(), request.description())
                .reference(request.reference())
                .idempotencyKey(request.idempotencyKey());
        Map<AccountId, String> codes = new HashMap<>();
        for (LineRequest line : request.lines() == null ? List.<LineRequest>of() : request.lines()) {
            Money amount = line.amount() == null ? null : Money.of(line.amount(), line.currency());
            AccountId account = accountId(actor, line.account());
            if (account != null) {
                codes.put(account, line.account());
            }
            entry.line(new JournalLineInput(account, line.side(), amount, null, null));
        }
        JournalEntrySnapshot posted = backOffice.ledger().post(actor, entry.build());
        return new PostedEntry(posted.id().value().toString(), posted.accountingDate(), posted.description(),
                posted.status().name(), posted.postedBy(), posted.lines().stream()
                .map(l -> new PostedLine(codes.get(l.account()), l.side(), plain(l.amount()), l.amount().currency().getCurrencyCode()))
                .toList());
    }

    @Transactional(readOnly = true)
    public TrialBalanceView trialBalance(Actor actor) {
        TrialBalance trialBalance = backOffice.financialReports().trialBalance(actor);
        return new TrialBalanceView(trialBalance.isBalanced(),
                trialBalance.rows().stream().map(r -> new TrialBalanceView.Row(r.code(), r.name(), plain(r.debit()),
                        plain(r.credit()), r.debit().currency().getCurrencyCode())).toList(),
                trialBalance.totals().stream().map(t -> new TrialBalanceView.Total(t.currency().getCurrencyCode(),
                        plain(t.debit()), plain(t.credit()))).toList());
    }

    private AccountId accountId(Actor actor, String code) {
        if (code == null) {
            return null; // the library reports the missing account as a field of validation.failed
        }
        return backOffice.chartOfAccounts().accountByCode(actor, code).map(AccountSnapshot::id)
                .orElseThrow(() -> new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "There is no account with code '" + code + "'."));
    }

    static String plain(Money money) {
        return money.amount().toPlainString();
    }
}
