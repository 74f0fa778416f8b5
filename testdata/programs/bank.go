package main

type Account struct {
	ID      int
	Owner   string
	Balance int64
	History []Tx
}

type Tx struct {
	Kind   string
	Amount int64
}

type Bank struct {
	accounts []*Account
	nextID   int
}

func (b *Bank) Open(owner string, initial int64) *Account {
	b.nextID++
	a := &Account{ID: b.nextID, Owner: owner}
	a.Deposit(initial)
	b.accounts = append(b.accounts, a)
	return a
}

func (a *Account) Deposit(v int64) {
	a.Balance += v
	a.History = append(a.History, Tx{"deposit", v})
}

func (a *Account) Withdraw(v int64) bool {
	if v > a.Balance {
		a.History = append(a.History, Tx{"rejected", v})
		return false
	}
	a.Balance -= v
	a.History = append(a.History, Tx{"withdraw", v})
	return true
}

func (b *Bank) Transfer(from, to *Account, v int64) (ok bool, reason string) {
	if from == to {
		return false, "same account"
	}
	if !from.Withdraw(v) {
		return false, "insufficient funds"
	}
	to.Deposit(v)
	return true, ""
}

func (b *Bank) Total() (total int64) {
	for _, a := range b.accounts {
		total += a.Balance
	}
	return
}

func main() {
	var bank Bank
	alice := bank.Open("alice", 1000)
	bob := bank.Open("bob", 250)
	carol := bank.Open("carol", 0)
	println(bank.Transfer(alice, bob, 300))
	println(bank.Transfer(bob, carol, 600))
	println(bank.Transfer(carol, carol, 1))
	println(bank.Transfer(bob, carol, 550))
	for i := 0; i < 5; i++ {
		alice.Deposit(int64(i * 100))
	}
	carol.Withdraw(50)
	for _, a := range bank.accounts {
		println(a.ID, a.Owner, a.Balance, len(a.History))
		for _, t := range a.History {
			println("   ", t.Kind, t.Amount)
		}
	}
	println("total", bank.Total())
}
