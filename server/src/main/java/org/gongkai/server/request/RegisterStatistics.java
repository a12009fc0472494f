package org.gongkai.server.request;

import java.math.BigDecimal;
import org.gongkai.core.report.RequestTable;
import org.springframework.stereotype.Service;

/** Table 2 and the fees of a year, counted from the request register. */
@Service
class RegisterStatistics implements RequestStatistics {
  private final RequestRepository repository;

  RegisterStatistics(RequestRepository repository) {
    this.repository = repository;
  }

  @Override
  public RequestTable table(long agencyId, int year) {
    return TableCounter.count(repository.entries(agencyId, year), year);
  }

  @Override
  public BigDecimal feesCollectedYuan(long agencyId, int year) {
    long fen = repository.feesPaidFen(agencyId, year);
    return fen % 100 == 0 ? BigDecimal.valueOf(fen / 100) : BigDecimal.valueOf(fen, 2);
  }
}
